# expect: none
# spark: runs
# observe: present_day
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1700000000000,)], ["ts_ms"])
# Converted under the same name, then cast: already a timestamp.
converted = changes.withColumn("ts_ms", F.timestamp_millis("ts_ms"))
shifted = converted.select(F.year(F.col("ts_ms").cast("timestamp")).alias("y")).collect()
# A formatted date whose name ends in _ms: to_timestamp parses the text.
texts = converted.select(F.date_format("ts_ms", "yyyy-MM-dd HH:mm:ss.SSS").alias("created_ms"))
shifted += texts.select(F.year(F.to_timestamp("created_ms")).alias("y")).collect()
