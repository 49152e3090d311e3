# expect: none
# spark: runs
from pyspark.sql import functions as F

src = spark.readStream.format("rate").load()
wide = src.withColumn("doubled", F.col("value") * 2)
query = wide.select(wide.value, wide.doubled, wide.timestamp).writeStream.format("console").start()
