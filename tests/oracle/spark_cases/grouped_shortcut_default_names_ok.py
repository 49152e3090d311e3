# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, "a", 10, 1.5)], "id INT, k STRING, amount INT, price DOUBLE")
orders.groupBy("k").sum("amount").select("k", "sum(amount)").show()
orders.groupBy("k").mean("amount").select("avg(amount)").show()
orders.groupBy("k").avg("amount", "price").select(F.col("avg(price)")).show()
orders.groupBy("k").count().select("count").show()
orders.groupBy("k").agg(F.count("*")).select(F.col("count(1)") + 1).show()
orders.groupBy("k").agg(F.countDistinct("id", "amount")).select("count(DISTINCT id, amount)").show()
