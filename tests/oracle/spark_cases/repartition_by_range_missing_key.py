# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, 1700000000)], "id INT, ts_ms BIGINT")
events.repartitionByRange(2, F.col("ts")).count()
