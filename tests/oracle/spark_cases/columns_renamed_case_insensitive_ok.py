# expect: none
# spark: runs
from pyspark.sql import functions as F
out = spark.range(3).withColumnRenamed("ID", "key").select("key")
