# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
events = spark.createDataFrame([(1, 1700000000000)], "id INT, ts_ms BIGINT")
events.withColumn("lag_ms", F.unix_millis(F.col("ts_ms")) - 5).show()
