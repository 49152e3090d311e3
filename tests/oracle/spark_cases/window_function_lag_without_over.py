# expect: SPK087
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
changes.select("id", "lsn", F.lag("lsn").alias("previous_lsn")).show()
