# expect: SPK032
# spark: raises
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
s = src.select(F.struct("timestamp", "value").alias("ev"))
q = s.groupBy(F.window("ev", "10 seconds")).count().writeStream.outputMode("update").format("console").start()
