# expect: SPK053
# spark: raises
# An aggregate in F.expr's text over a column the grouped frame lacks.
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.groupBy("name").agg(F.expr("sum(amount)").alias("total"))
