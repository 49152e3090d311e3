# expect: none
# spark: runs
orders = spark.createDataFrame([("eu", 10, 2.5), ("us", 5, 1.0)], "region STRING, total INT, fee DOUBLE")
orders.groupBy("region").avg("total", "fee").select("region", "avg(total)", "avg(fee)").collect()
orders.groupBy("region").mean("total").select("avg(total)").collect()
orders.groupBy("region").max("fee").orderBy("max(fee)").collect()
orders.groupBy("region").sum().select("region").collect()
