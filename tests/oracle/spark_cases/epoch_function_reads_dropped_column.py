# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 1700000000000)], "id INT, ts_ms BIGINT")
events = changes.drop("ts_ms").withColumn("ts", F.timestamp_millis("ts_ms"))
events.show()
