# expect: SPK053 SPK025
# spark: raises
from pyspark.sql import functions as F
a = spark.readStream.format("rate").load()
b = spark.readStream.format("rate").load().select(F.col("value").alias("v2"), F.col("timestamp").alias("t2"))
q = a.join(b, a.value == b.v2).select("nope").writeStream.format("console").start()
