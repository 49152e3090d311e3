# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
latest = changes.groupBy("id").agg(F.max_by("op", "lsn_x").alias("last_op"))
latest.show()
