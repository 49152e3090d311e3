# expect: SPK053 SPK022
# spark: raises
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
w = src.groupBy(F.window("timestamp", "10 seconds")).count()
q = w.select("window.begin").writeStream.outputMode("update").format("console").start()
