# expect: none
# spark: runs
# A column qualified by the frame's own alias (`e.timestamp` after `.alias("e")`) is that column.
from pyspark.sql.functions import window
events = spark.readStream.format("rate").load().alias("e").withWatermark("e.timestamp", "10 seconds")
deduped = events.dropDuplicatesWithinWatermark(["value"])
deduped.writeStream.format("console").start()
counts = events.groupBy(window("timestamp", "10 seconds")).count()
counts.writeStream.format("console").option("checkpointLocation", "ck2").start()
