# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
out = events.groupBy("value").count() if False else events
if out.isStreaming is False:
    out = out.orderBy("value")
query = out.writeStream.format("noop").start()
