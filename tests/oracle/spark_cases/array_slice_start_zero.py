# expect: SPK086
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, ["c", "u", "d"])], "id INT, ops ARRAY<STRING>")
events.select("id", F.slice(F.col("ops"), 0, 2).alias("first_two")).show()
