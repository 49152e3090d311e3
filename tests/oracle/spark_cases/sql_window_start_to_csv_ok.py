# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "1 second")
events.groupBy(F.window("timestamp", "2 seconds").alias("w")).count().createOrReplaceTempView("per_window")
flat = spark.sql("SELECT w.start AS start, count FROM per_window")
query = flat.writeStream.format("csv").option("path", "out/flat").option("checkpointLocation", "chk/flat").start()
