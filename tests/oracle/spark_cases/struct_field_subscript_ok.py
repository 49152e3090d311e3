# expect: none
# spark: runs
from pyspark.sql import functions as F
src = spark.createDataFrame([(1, "a@x.io")], "id BIGINT, email STRING")
events = src.select(F.struct("id", "email").alias("after"))
out = events.select(F.col("after")["email"], F.col("after").getField("id"))
out.collect()
