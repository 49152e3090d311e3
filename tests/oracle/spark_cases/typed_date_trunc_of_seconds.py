# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, 1700000000.5)], "id INT, ts_s DOUBLE")
ev.groupBy(F.date_trunc("hour", F.col("ts_s")).alias("h")).count().collect()
