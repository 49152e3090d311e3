# expect: SPK077
# spark: raises
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "1700000000000")], "id INT, ts_ms STRING")
df.groupBy("id").agg(F.max(F.timestamp_millis("ts_ms")).alias("last_change")).show()
