# expect: none
# spark: runs
from pyspark.sql import functions as F
after = spark.range(6).select(F.struct(F.col("id"), (F.col("id") % 2).alias("op")).alias("after"))
out = after.groupBy("after.op").count().select("op", "count")
