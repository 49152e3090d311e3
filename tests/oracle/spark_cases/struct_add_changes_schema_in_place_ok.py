# expect: none
# spark: runs
from pyspark.sql.types import StructType, StructField, IntegerType, StringType
s3 = StructType([StructField("id", IntegerType())])
s3.add("name", StringType())
spark.createDataFrame([(1, "a")], s3).show()
