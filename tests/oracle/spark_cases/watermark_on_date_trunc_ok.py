# expect: none
# spark: runs
# date_trunc() gives a TIMESTAMP, and timestamp_millis(unix_millis(…)) one again.
from pyspark.sql import functions as F
events = (spark.readStream.format("rate").load()
          .withColumn("minute", F.date_trunc("minute", "timestamp"))
          .withColumn("again", F.timestamp_millis(F.unix_millis("timestamp"))))
first = events.withWatermark("minute", "1 minute").writeStream.format("noop").start()
second = events.withWatermark("again", "1 minute").writeStream.format("noop").start()
