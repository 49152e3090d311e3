# expect: SPK082
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, "d"), (2, "c")], "id INT, op STRING")
ev.select(F.when(F.col("op") == "d", F.lit("n/a")).when(F.col("op") == "u", 0.5).otherwise(1).alias("w")).collect()
