# expect: SPK023
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("partition", F.col("value") % 3)
counts = events.withWatermark("timestamp", "2 seconds").groupBy(F.window("timestamp", "2 seconds"), "partition").count()
deduped = counts.dropDuplicates(["partition"])
query = deduped.writeStream.outputMode("update").format("console").start()
