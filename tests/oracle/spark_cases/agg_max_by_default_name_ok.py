# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 1), (1, "u", 2)], "id INT, op STRING, ts_ms BIGINT")
changes.groupBy("id").agg(F.max_by("op", "ts_ms")).select("id", "max_by(op, ts_ms)").show()
changes.groupBy("id").agg(F.min_by("op", F.col("ts_ms"))).select("min_by(op, ts_ms)").show()
