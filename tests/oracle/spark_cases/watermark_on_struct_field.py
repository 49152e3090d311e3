# expect: SPK050
# spark: raises
from pyspark.sql.functions import struct
events = spark.readStream.format("rate").load().select(struct("timestamp", "value").alias("payload"))
marked = events.withWatermark("payload.timestamp", "10 seconds")
