# expect: SPK053
# spark: raises
orders = spark.createDataFrame([("eu", 10), ("us", 5)], "region STRING, total INT")
orders.groupBy("region").sum("total").select("region", "total").show()
