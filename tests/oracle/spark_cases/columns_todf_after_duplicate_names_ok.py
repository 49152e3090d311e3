# expect: none
# spark: runs
from pyspark.sql import functions as F
out = spark.range(3).select("id", F.col("id").cast("string")).toDF("id_num", "id_str").select("id_num", "id_str")
