# expect: SPK043
# spark: raises
# wait: 12
# the same, then a third stream joined: the second join reads both ts columns
from pyspark.sql.functions import col
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
joined = a.join(b, "id")
c = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "t3").withColumnRenamed("value", "id").withWatermark("t3", "2 seconds")
query = joined.join(c, "id").writeStream.format("console").start()
