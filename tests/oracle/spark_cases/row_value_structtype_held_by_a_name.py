# expect: SPK072
# spark: raises
from pyspark.sql.types import StructType, StructField, IntegerType, DateType
schema = StructType([StructField("order_id", IntegerType()), StructField("order_date", DateType())])
orders = spark.createDataFrame([(1, "2024-03-01")], schema)
