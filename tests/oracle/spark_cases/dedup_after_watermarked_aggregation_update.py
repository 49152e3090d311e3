# expect: SPK029
# spark: raises
from pyspark.sql.functions import window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("timestamp", "2 seconds").groupBy(window("timestamp", "2 seconds")).count()
deduped = counts.dropDuplicates(["window"])
query = deduped.writeStream.outputMode("update").format("console").start()
