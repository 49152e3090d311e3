# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, 1700000000000)], "id INT, ts_ms BIGINT")
ev.select(F.hour("ts_ms")).collect()
