# expect: none
# spark: runs
# held-out h135: Spark 4's subquery columns; the query's aggregates and columns are its own
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c", 100), (1, "u", 200)], "id INT, op STRING, ts_ms BIGINT")
changes.where(F.col("ts_ms") == changes.select(F.max("ts_ms")).scalar()).show()
changes.select("id", (F.col("ts_ms") / changes.select(F.sum("ts_ms")).scalar()).alias("share")).show()
orders = spark.createDataFrame([(1, 10)], "order_id INT, customer_id INT")
customers = spark.createDataFrame([(10, "USA")], "customer_id INT, country STRING")
orders.alias("o").where(customers.alias("c").where(
    (F.col("c.customer_id") == F.col("o.customer_id").outer()) & (F.col("country") == "USA")).exists()).show()
