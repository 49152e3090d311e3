# expect: none
# spark: runs
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
df.groupBy("id").pivot("op", ["c"]).count().collect()
df.groupBy("id").pivot("op", ["c"]).agg(F.count(F.lit(1))).collect()
df.groupBy("id").agg(F.count("*")).collect()
