# expect: none
# spark: runs
from pyspark.sql import functions as F

ev = spark.createDataFrame([("2024-01-05T10:00:00",)], "ts STRING")
ev.select(F.to_timestamp("ts", "yyyy-MM-dd'T'HH:mm:ss").alias("t")).collect()
