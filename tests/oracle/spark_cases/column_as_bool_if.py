# expect: SPK062
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "c")], "id INT, op STRING")
is_insert = F.col("op") == "c"
if is_insert:
    events = events.withColumn("kind", F.lit("insert"))
events.show()
