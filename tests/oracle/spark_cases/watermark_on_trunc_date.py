# expect: SPK032
# spark: raises
# trunc() gives a DATE: no event time.
from pyspark.sql import functions as F
events = spark.readStream.format("rate").load().withColumn("month", F.trunc("timestamp", "month"))
query = events.withWatermark("month", "1 day").writeStream.format("console").start()
