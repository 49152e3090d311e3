# expect: SPK031
# spark: raises
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "1 second")
events.groupBy(F.window("timestamp", "2 seconds").alias("w")).count().createOrReplaceTempView("per_window_struct")
kept = spark.sql("SELECT w, count FROM per_window_struct")
query = kept.writeStream.format("csv").option("path", "out/kept").option("checkpointLocation", "chk/kept").start()
