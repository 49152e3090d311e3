# expect: none
# spark: runs
# The error is raised in a helper called inside the try: it reaches the handler all the same.
from pyspark.sql import functions as F
slim = spark.range(6).withColumn("op", F.lit("c")).select("id")

def ops(frame):
    return frame.select("id", "op")

try:
    out = ops(slim)
except Exception:
    out = slim
