# expect: none
# spark: runs
# A fallback when the column is not there: the handler catches Spark's error.
from pyspark.sql.utils import AnalysisException
from pyspark.sql import functions as F
slim = spark.range(6).withColumn("op", F.lit("c")).select("id")
try:
    out = slim.dropDuplicates(["op"])
except AnalysisException:
    out = slim.dropDuplicates(["id"])
