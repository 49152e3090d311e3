# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([([3, 1], [2])], "arr ARRAY<INT>, more ARRAY<INT>")
merged = df.select(F.concat("arr", "more").alias("x"))
merged.union(df.select(F.col("arr").alias("x"))).show()
merged.select(F.size("x"), F.explode("x")).show()
