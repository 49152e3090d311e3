# expect: SPK010
# spark: raises
from pyspark.sql import functions as F

left = spark.readStream.format("rate").load().withWatermark("timestamp", "10 seconds")
right = (spark.readStream.format("rate").load()
         .select(F.col("value").alias("v2"), F.col("timestamp").alias("t2"))
         .withWatermark("t2", "10 seconds"))
joined = left.join(right, (left.value == right.v2)
                   & (F.abs(F.unix_timestamp(right.t2) - F.unix_timestamp(left.timestamp)) < 60), "left_outer")
query = joined.writeStream.format("console").start()
