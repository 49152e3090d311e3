# expect: SPK002
# spark: raises
from pyspark.sql.functions import col, window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
per_window = events.groupBy(window("timestamp", "5 seconds"), (col("value") % 2).alias("parity")).count()
per_parity = per_window.groupBy("parity").count()
query = per_parity.writeStream.outputMode("append").format("console").start()
