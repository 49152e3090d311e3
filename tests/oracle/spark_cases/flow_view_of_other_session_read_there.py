# expect: SPK053
# spark: raises
# The other session's view `changes` has only `id`.
from pyspark.sql import functions as F
spark.range(3).withColumn("op", F.lit("c")).createOrReplaceTempView("changes")
other = spark.newSession()
other.range(2).createOrReplaceTempView("changes")
out = other.table("changes").select("op")
