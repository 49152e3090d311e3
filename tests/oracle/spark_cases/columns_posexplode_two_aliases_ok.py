# expect: none
# spark: runs
from pyspark.sql import functions as F
out = spark.range(3).select(F.posexplode(F.array(F.lit(1), F.lit(2))).alias("pos", "val")).select("pos", "val")
