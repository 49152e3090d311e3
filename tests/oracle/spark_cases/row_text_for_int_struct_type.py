# expect: SPK072
# spark: raises
from pyspark.sql.types import StructType, StructField, IntegerType, StringType
changes = spark.createDataFrame([("1", "c")], StructType([StructField("id", IntegerType()), StructField("op", StringType())]))
