# expect: SPK025
# spark: runs
# observe: join_state_grows
from pyspark.sql.functions import col

orders = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("id"), col("timestamp").alias("ts"))
payments = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select(col("value").alias("order_id"), col("timestamp").alias("paid_at"))
orders.createOrReplaceTempView("orders")
payments.createOrReplaceTempView("payments")
# the join is inside a common table expression: Spark keeps both sides' rows all the same
joined = spark.sql("""
    WITH matched AS (
        SELECT o.id, p.paid_at FROM orders o JOIN payments p ON o.id = p.order_id + 1000000
    )
    SELECT id, paid_at FROM matched
""")
query = joined.writeStream.format("console").start()
