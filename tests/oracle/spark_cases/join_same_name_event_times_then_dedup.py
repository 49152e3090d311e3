# expect: SPK043
# spark: raises
# wait: 12
# both inputs watermarked on a column named ts, joined on id: the output holds ts twice
from pyspark.sql.functions import col
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withColumnRenamed("value", "id").withWatermark("ts", "2 seconds")
joined = a.join(b, "id")
unique = joined.dropDuplicates(["id"])
query = unique.writeStream.format("console").start()
