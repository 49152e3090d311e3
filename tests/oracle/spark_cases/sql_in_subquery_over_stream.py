# expect: SPK030
# spark: raises
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
payments = spark.readStream.format("rate").option("rowsPerSecond", 5).load().selectExpr("value AS order_id")
orders.createOrReplaceTempView("orders")
payments.createOrReplaceTempView("payments")
paid = spark.sql("SELECT * FROM orders WHERE value IN (SELECT order_id FROM payments)")
