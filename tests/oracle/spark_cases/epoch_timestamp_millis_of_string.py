# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
events = spark.createDataFrame([(1, "1700000000000")], "id INT, ts_ms STRING")
events.select("id", F.timestamp_millis("ts_ms").alias("changed_at")).show()
