# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, 1700000000000, 1700000100000)], "id INT, a_ms BIGINT, b_ms BIGINT")
ev.select(F.datediff("b_ms", "a_ms")).collect()
