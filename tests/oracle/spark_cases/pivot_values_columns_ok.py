# expect: none
# spark: runs
# The columns pivot with listed values makes: the keys, the values (one aggregate), value_alias (several);
# a dedup subset given as a list, a variable holding one, a groupBy() aggregate.
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 10.0), (1, "u", 2.0)], "id INT, op STRING, balance DOUBLE")
df.groupBy("id").pivot("op", ["c", "u"]).agg(F.sum("balance")).select("id", "c", "u").collect()
df.groupBy("id").pivot("op", ["c", "u"]).agg(F.sum("balance").alias("s"), F.max("balance").alias("m")).select("id", "c_s", "u_m").collect()
df.groupBy("id", "op").pivot("op", ["c"]).agg(F.sum("balance")).select("id", "op", "c").collect()
df.groupBy("id").pivot("op", ["c", "u"]).sum("balance").select("id", "c", "u").collect()
df.groupBy("id").pivot("op", ["c", "u"]).count().select("id", "c", "u").collect()
