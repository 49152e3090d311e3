# expect: SPK043
# spark: raises
from pyspark.sql import functions as F
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")

both = ev.select("value", "timestamp", F.col("timestamp").alias("ts2"))
q = both.dropDuplicates(["value", "timestamp"]).writeStream.format("console").start()
