# expect: SPK036
# spark: raises
from pyspark.sql.functions import window

WINDOW, SLIDE = "1 minute", "5 minutes"
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
counts = events.groupBy(window("timestamp", WINDOW, SLIDE)).count()
query = counts.writeStream.outputMode("append").format("console").start()
