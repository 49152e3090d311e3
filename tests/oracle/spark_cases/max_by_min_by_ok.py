# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
changes.groupBy("id").agg(F.max_by("op", "lsn").alias("last_op"), F.min_by(F.col("op"), "lsn").alias("first_op")).show()
