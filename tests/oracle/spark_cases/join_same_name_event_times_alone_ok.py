# expect: SPK025
# spark: runs
# wait: 12
# a join of two inputs watermarked on ts alone: nothing stateful reads its output
from pyspark.sql.functions import col
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withWatermark("ts", "2 seconds").alias("a")
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withWatermark("ts", "2 seconds").alias("b")
joined = a.join(b, col("a.value") == col("b.value"))
query = joined.writeStream.format("console").start()
