# expect: none
# spark: runs
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
spark.range(10).selectExpr("id AS order_id").createOrReplaceTempView("paid_ids")
orders.createOrReplaceTempView("orders")
paid = spark.sql("SELECT * FROM orders WHERE value IN (SELECT order_id FROM paid_ids)")
query = paid.writeStream.format("noop").start()
query.stop()
