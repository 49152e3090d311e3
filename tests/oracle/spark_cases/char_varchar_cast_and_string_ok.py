# expect: none
# spark: runs
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.select(F.col("op").cast("varchar(5)").alias("op5")).collect()
