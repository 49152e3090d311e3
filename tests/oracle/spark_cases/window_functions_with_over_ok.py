# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.window import Window

changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11), (2, "c", 12)], "id INT, op STRING, lsn BIGINT")
by_key = Window.partitionBy("id").orderBy(F.col("lsn").desc())
rank = F.dense_rank()
changes.select(
    "id",
    F.row_number().over(by_key).alias("rn"),
    rank.over(by_key).alias("dr"),
    F.lag("lsn", 1).over(by_key).alias("newer_lsn"),
    F.cume_dist().over(by_key).alias("cd"),
).filter(F.col("rn") == 1).show()
