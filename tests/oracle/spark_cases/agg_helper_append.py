# expect: SPK001
# spark: raises
from pyspark.sql.functions import col


def with_bucket(frame):
    return frame.withColumn("bucket", col("value") % 4)


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
per_bucket = with_bucket(events).groupBy("bucket").count()
query = (per_bucket.writeStream
         .format("console")
         .start())
