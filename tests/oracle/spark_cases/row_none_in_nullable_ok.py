# expect: none
# spark: runs
from pyspark.sql.types import IntegerType, StringType, StructField, StructType
spark.createDataFrame([(None, "d")], "id INT, op STRING NOT NULL").collect()
schema = StructType([StructField("id", IntegerType(), True), StructField("op", StringType(), nullable=False)])
spark.createDataFrame([(None, "c")], schema).collect()
