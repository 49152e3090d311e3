# expect: SPK081
# spark: raises
from pyspark.sql.types import IntegerType, StringType, StructField, StructType
schema = StructType([StructField("id", IntegerType(), nullable=False), StructField("op", StringType())])
changes = spark.createDataFrame([{"op": "c"}], schema)
