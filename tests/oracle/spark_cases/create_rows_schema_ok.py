# expect: none
# spark: runs
from pyspark.sql.types import IntegerType, StringType, StructField, StructType

schema = StructType([StructField("id", IntegerType()), StructField("op", StringType())])
spark.createDataFrame([(1, "c"), (2, "u")], schema).show()
spark.createDataFrame([(1, "c", 5)], ["id", "op"]).show()
spark.createDataFrame([[1, "c", 5]], "id INT, op STRING, n INT").show()
