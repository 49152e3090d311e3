# expect: SPK072
# spark: raises
from pyspark.sql.types import IntegerType, MapType, StringType, StructField, StructType
schema = StructType([StructField("id", IntegerType()), StructField("attrs", MapType(StringType(), IntegerType()))])
items = spark.createDataFrame([(1, {"qty": 2, "size": "3"})], StructType([StructField("id", IntegerType()), StructField("attrs", MapType(StringType(), IntegerType()))]))
