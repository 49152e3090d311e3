# expect: SPK084
# spark: raises
from pyspark.sql.types import ArrayType, StructField, StructType

schema = StructType([StructField("ops", ArrayType())])
spark.createDataFrame([(["c"],)], schema).show()
