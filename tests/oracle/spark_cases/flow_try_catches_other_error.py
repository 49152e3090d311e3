# expect: SPK053
# spark: raises
# The handler catches ValueError only: Spark's AnalysisException is not caught.
from pyspark.sql import functions as F
slim = spark.range(6).withColumn("op", F.lit("c")).select("id")
try:
    out = slim.select("op")
except ValueError:
    out = slim
