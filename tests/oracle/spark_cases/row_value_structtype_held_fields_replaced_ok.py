# expect: none
# spark: runs
from pyspark.sql.types import StructType, StructField, IntegerType, DateType, StringType
schema = StructType([StructField("order_id", IntegerType()), StructField("order_date", DateType())])
def as_text(struct):
    struct.fields[1] = StructField("order_date", StringType())
    struct.names[1] = "order_date"
as_text(schema)
orders = spark.createDataFrame([(1, "2024-03-01")], schema)
