# expect: SPK043
# spark: raises
# wait: 12
# aliased inputs with a time-range condition between their ts columns: both kept
from pyspark.sql.functions import col, expr
a = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withWatermark("ts", "2 seconds").alias("a")
b = spark.readStream.format("rate").option("rowsPerSecond", 10).load().withColumnRenamed("timestamp", "ts").withWatermark("ts", "2 seconds").alias("b")
joined = a.join(b, expr("a.value = b.value AND b.ts BETWEEN a.ts AND a.ts + INTERVAL 5 SECONDS"))
query = joined.dropDuplicates(["value"]).writeStream.format("console").start()
