# expect: SPK053
# spark: raises
# With two aliased aggregates each value gives value_alias columns: `c` alone is none of them.
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
out = df.groupBy("id").pivot("op", ["c", "u"]).agg(F.sum("balance").alias("s"), F.max("balance").alias("m")).select("c")
