# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", "a@x.io"), (2, "d", None)], "id INT, op STRING, email STRING")
records = changes.select("id", F.struct("op", "email").alias("after"))
records.filter(F.col("after.emial").isNotNull()).show()
