# expect: SPK082
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, "d"), (2, "c")], "id INT, op STRING")
ev.withColumn("flag", F.when(F.col("op") == "d", 1).otherwise("none")).collect()
