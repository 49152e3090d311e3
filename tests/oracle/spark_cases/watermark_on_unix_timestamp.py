# expect: SPK032
# spark: raises
# unix_timestamp() gives seconds as a BIGINT: no event time.
from pyspark.sql import functions as F
events = spark.readStream.format("rate").load().withColumn("epoch", F.unix_timestamp("timestamp"))
query = events.withWatermark("epoch", "10 seconds").writeStream.format("console").start()
