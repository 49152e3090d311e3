# expect: none
# spark: runs
from pyspark.sql import functions as F
events = spark.createDataFrame([(1, "c"), (2, "d")], "id INT, op STRING")
if "op" in events.columns:
    events.filter(F.col("op").isin("c", "u")).collect()
empty_check = F.col("op") in []
