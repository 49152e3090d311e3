# expect: SPK065
# spark: raises
from pyspark.sql.types import DecimalType, StringType, StructField, StructType

schema = StructType([StructField("id", StringType()), StructField("total", DecimalType(precision=40, scale=2))])
orders = spark.read.schema(schema).json("/tmp/mdxlint-oracle-missing-orders")
