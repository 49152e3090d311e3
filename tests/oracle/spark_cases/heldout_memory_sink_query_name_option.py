# expect: none
# spark: runs
# planted: none (a memory sink named by the queryName option: Spark reads the name from it; held-out program)
from pyspark.sql import functions as F

changes = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("op", F.lit("c"))
query = changes.writeStream.format("memory").option("queryName", "cdc_changes_named").start()
