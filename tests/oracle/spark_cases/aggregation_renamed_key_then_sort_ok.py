# expect: none
# spark: runs
# Review h50: a filter or sort after an aggregation may read what a renamed key is made of; a quoted
# name that looks like an aggregate's call is a column.
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 10.0, 101)], "id INT, op STRING, balance DOUBLE, lsn BIGINT")
df.groupBy(F.col("op").alias("o")).count().orderBy("op").collect()
df.groupBy(F.col("op").alias("o")).count().select("o").filter("op = 'c'").collect()
df.groupBy(df.op.name("o")).count().sort("op").collect()
df.groupBy("op").agg(F.max("lsn")).selectExpr("`max(lsn)` AS last").filter("op = 'c'").collect()
