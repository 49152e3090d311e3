# expect: SPK052
# spark: raises
orders = spark.range(3).withColumnRenamed("id", "order_id")
latest = orders.dropDuplicates(["id"])
