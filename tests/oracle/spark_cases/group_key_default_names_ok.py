# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([("2024-01-01 10:00:00", 5, "c")], "ts STRING, amount INT, op STRING")
daily = orders.groupBy(F.to_date("ts")).agg(F.sum("amount").alias("total"))
daily.select("to_date(ts)", "total").show()
orders.groupBy(F.upper("op")).count().orderBy("upper(op)").show()
orders.groupBy(F.to_date("ts").alias("day")).count().select("day", "count").show()
orders.groupBy(F.year("ts"), "op").count().select("year(ts)", "op", "count").show()
