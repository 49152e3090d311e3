# expect: SPK062
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "c"), (2, "d")], "id INT, op STRING")
recent = events.where(
    (F.col("op") != "d")
    and (F.col("id") > 1)
)
recent.show()
