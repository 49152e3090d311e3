# expect: SPK044
# spark: raises
# wait: 12
from pyspark.sql import functions as F
from pyspark.sql.functions import col

a = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
b = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "5 seconds")
counts = a.union(b).withWatermark("timestamp", "10 seconds").groupBy(F.window("timestamp", "2 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
