# expect: SPK029
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("timestamp", "2 seconds").groupBy(F.window("timestamp", "2 seconds").alias("w")).count()
deduped = counts.dropDuplicates(["w"])
query = deduped.writeStream.outputMode("complete").format("console").start()
