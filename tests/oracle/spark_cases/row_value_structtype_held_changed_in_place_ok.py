# expect: none
# spark: runs
from pyspark.sql.types import StructType, StructField, IntegerType, DateType, StringType
schema = StructType([StructField("order_id", IntegerType())])
schema.add("order_date", StringType())
orders = spark.createDataFrame([(1, "2024-03-01")], schema)
