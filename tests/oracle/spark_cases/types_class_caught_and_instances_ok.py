# expect: none
# spark: runs
from pyspark.sql.types import ArrayType, LongType, MapType, StringType, StructField, StructType

try:
    StructField("id", LongType)
except AssertionError as error:
    print("refused:", error)
schema = StructType([
    StructField("id", LongType()),
    StructField("tags", ArrayType(StringType(), containsNull=False)),
    StructField("counts", MapType(StringType(), LongType())),
])
schema = schema.add("op", StringType())
spark.createDataFrame([(1, ["a"], {"a": 1}, "c")], schema).show()
