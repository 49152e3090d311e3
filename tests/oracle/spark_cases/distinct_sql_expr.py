# expect: SPK005
# spark: raises
from pyspark.sql.functions import expr, window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
unique = (
    events.withWatermark("timestamp", "5 seconds")
    .groupBy(window("timestamp", "5 seconds"))
    .agg(expr("count(DISTINCT value)").alias("unique_values"))
)
query = unique.writeStream.outputMode("update").format("console").start()
