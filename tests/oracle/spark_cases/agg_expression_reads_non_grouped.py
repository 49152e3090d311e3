# expect: SPK057
# spark: raises
# An expression beside the aggregate reads a column that is no grouping key.
from pyspark.sql import functions as F
bch = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
out = bch.groupBy("op").agg((F.sum("balance") + F.col("id")).alias("x"))
