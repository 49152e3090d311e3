# expect: SPK007
# spark: raises
# planted: SPK007 (sortWithinPartitions is a Sort too: Spark refuses it on a stream; held-out program)
from pyspark.sql import functions as F

changes = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    .withColumn("customer_id", F.col("value") % 7))
ordered = changes.sortWithinPartitions("customer_id")
query = ordered.writeStream.format("console").start()
