# expect: SPK084
# spark: raises
from pyspark.sql.types import *

schema = StructType([StructField("id", LongType), StructField("op", StringType())])
spark.createDataFrame([(1, "c")], schema).show()
