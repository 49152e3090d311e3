# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, "d"), (2, "c")], "id INT, op STRING")
ev.select(
    F.when(F.col("op") == "d", 1).otherwise("0").alias("a"),
    F.when(F.col("op") == "d", "delete").otherwise("upsert").alias("b"),
    F.when(F.col("op") == "d", 1).otherwise(None).alias("c"),
    F.when(F.col("op") == "d", -1.5).otherwise(" 2 ").alias("d"),
).collect()
