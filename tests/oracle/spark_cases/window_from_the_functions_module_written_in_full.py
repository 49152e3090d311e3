# expect: SPK001
# spark: raises
import pyspark.sql.functions

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy(pyspark.sql.functions.window("timestamp", "10 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
