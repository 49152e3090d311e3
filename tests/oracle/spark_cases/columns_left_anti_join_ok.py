# expect: none
# spark: runs
# A left anti join keeps the left side's columns.
events = spark.readStream.format("rate").load()
dim = spark.range(3).withColumnRenamed("id", "value").selectExpr("value", "'VIP' AS segment")
unknown = events.join(dim, on=["value"], how="left_anti")
query = unknown.select("timestamp", "value").writeStream.format("console").start()
