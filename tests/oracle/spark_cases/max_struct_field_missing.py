# expect: SPK053
# spark: raises
# planted: a field the struct of max(struct(lsn, op)) does not have
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 10, "c"), (1, 11, "u")], "id BIGINT, lsn BIGINT, op STRING")
latest = changes.groupBy("id").agg(F.max(F.struct("lsn", "op")).alias("last"))
latest.select("id", "last.email").show()
