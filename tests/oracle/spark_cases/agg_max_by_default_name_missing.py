# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 1), (1, "u", 2)], "id INT, op STRING, ts_ms BIGINT")
latest = changes.groupBy("id").agg(F.max_by("op", "ts_ms"))
latest.select("id", "op").show()
