# expect: none
# spark: runs
# A temp view registered through another session is that session's: `spark` still sees its own.
from pyspark.sql import functions as F
spark.range(3).withColumn("op", F.lit("c")).createOrReplaceTempView("changes")
other = spark.newSession()
other.range(2).createOrReplaceTempView("changes")
out = spark.table("changes").select("op")
