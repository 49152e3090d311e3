# expect: SPK041
# spark: runs
# observe: far_future
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
shifted = changes.select(F.year(F.timestamp_seconds("ts_ms")).alias("y")).collect()
shifted += changes.selectExpr("year(CAST(ts_ms AS TIMESTAMP)) AS y").collect()
