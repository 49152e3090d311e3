# expect: none
# spark: runs
# A keyword inside a string or a comment is no clause of the query.
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders.withWatermark("ts", "1 second").createOrReplaceTempView("orders")
payments.withWatermark("paid_at", "1 second").createOrReplaceTempView("payments")
joined = spark.sql("""
    SELECT o.id, p.paid_at FROM orders o LEFT JOIN payments p
    ON o.id = p.order_id AND concat(o.id, ' where') IS NOT NULL -- order by id
    AND p.paid_at BETWEEN o.ts AND o.ts + INTERVAL 2 SECONDS
""")
query = joined.writeStream.format("console").start()
