# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", "a@x.io"), (2, "d", None)], "id INT, op STRING, email STRING")
records = changes.select("id", F.struct("op", "email").alias("after"))
records.filter(F.col("after.EMAIL").isNotNull()).orderBy(F.col("after.op").desc()).show()
records.select("id").filter(F.col("after.op") == "c").show()
records.alias("r").filter(F.col("r.id") > 0).show()
