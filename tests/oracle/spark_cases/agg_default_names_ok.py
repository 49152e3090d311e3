# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.functions import col, countDistinct, mean

orders = spark.createDataFrame([(1, "a", 10), (2, "a", 5)], "id INT, k STRING, amount INT")
stats = orders.groupBy("k").agg(F.sum("amount"), F.count("*"), mean(col("amount")), countDistinct("id"), F.max("AMOUNT"))
stats.select("k", "sum(amount)", "count(1)", "avg(amount)", "count(DISTINCT id)", "max(AMOUNT)").show()
renamed = stats.withColumnRenamed("sum(amount)", "total").withColumnRenamed("count(1)", "n")
renamed.select("k", "total", "n").orderBy(F.desc("total")).show()
stats.toDF("k", "total", "n", "average", "ids", "largest").select("average").show()
overall = orders.agg(F.min("id"), F.collect_list("k"))
overall.select("min(id)", "collect_list(k)").show()
