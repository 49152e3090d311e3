# expect: none
# spark: runs
# wait: 12
# a DataFrame join kept as a view, joined in SQL text that reads one of its event-time columns: Spark drops the other
from pyspark.sql.functions import col, expr

o = spark.readStream.format("rate").load().select(col("value").alias("id"), col("timestamp").alias("ts")).withWatermark("ts", "2 seconds")
p = spark.readStream.format("rate").load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at")).withWatermark("paid_at", "2 seconds")
s = spark.readStream.format("rate").load().select(col("value").alias("ship_id"), col("timestamp").alias("shipped_at")).withWatermark("shipped_at", "2 seconds")
o.join(p, expr("id = order_id AND paid_at BETWEEN ts AND ts + INTERVAL 5 SECONDS")).createOrReplaceTempView("op")
s.createOrReplaceTempView("s")
joined = spark.sql("SELECT op.id FROM op JOIN s ON op.id = s.ship_id AND s.shipped_at BETWEEN op.ts AND op.ts + INTERVAL 10 SECONDS")
query = joined.writeStream.format("console").start()
