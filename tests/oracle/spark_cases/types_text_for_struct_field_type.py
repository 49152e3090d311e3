# expect: SPK084
# spark: raises
from pyspark.sql.types import StructField, StructType

schema = StructType([StructField("id", "long"), StructField("op", "string")])
spark.createDataFrame([(1, "c")], schema).show()
