# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = (
    spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    .withColumn("op", F.when(F.col("value") % 2 == 0, "c").otherwise("u"))
    .withWatermark("timestamp", "10 seconds")
)
per_op = changes.groupBy(F.window("timestamp", "10 seconds")).pivot("op", ["c", "u", "d"]).count()
query = per_op.writeStream.outputMode("append").format("console").start()
