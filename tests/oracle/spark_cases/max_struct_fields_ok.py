# expect: none
# spark: runs
# planted: none (the latest change per key by max of a struct led by the LSN)
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 10, "c"), (1, 11, "u")], "id BIGINT, lsn BIGINT, op STRING")
latest = changes.groupBy("id").agg(F.max(F.struct("lsn", "op")).alias("last"))
latest.select("id", "last.op", "last.lsn").show()
