# expect: none
# spark: runs
# held-out h135: struct() names a field that is no column and no alias by its place
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
df.select(F.struct(F.col("id").cast("string"), "op").alias("key")).select("key.col1", "key.op").show()
df.select(F.struct("id", F.upper("op")).alias("r")).select("r.*").select("id", "col2").show()
df.select(F.struct(F.col("id").alias("k"), df.op).alias("r")).select("r.k", "r.op").show()
