# expect: none
# spark: runs
# The lesson shows the error and catches it.
from pyspark.errors import AnalysisException
from pyspark.sql import functions as F
cdc = spark.range(6).withColumn("op", F.lit("c"))
slim = cdc.select("id")
try:
    slim.select("op").show()
except AnalysisException as error:
    print("as expected:", type(error).__name__)
out = slim
