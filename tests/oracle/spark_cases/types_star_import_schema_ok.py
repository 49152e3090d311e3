# expect: none
# spark: runs
from pyspark.sql.types import *

schema = StructType([StructField("id", LongType()), StructField("tags", ArrayType(StringType()))]).add("op", StringType())
spark.createDataFrame([(1, ["a"], "c")], schema).select("id", "tags", "op").show()
