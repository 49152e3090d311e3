# expect: SPK087
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11), (2, "c", 12)], "id INT, op STRING, lsn BIGINT")
latest = changes.withColumn("rn", F.row_number()).filter(F.col("rn") == 1)
latest.show()
