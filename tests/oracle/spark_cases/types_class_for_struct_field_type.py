# expect: SPK084
# spark: raises
from pyspark.sql.types import LongType, StructField, StructType

schema = StructType([StructField("id", LongType), StructField("op", LongType())])
spark.createDataFrame([(1, 2)], schema).show()
