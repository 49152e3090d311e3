# expect: SPK072
# spark: raises
import pyspark.sql.types as T
schema = T.StructType([T.StructField("order_id", T.IntegerType()), T.StructField("amount", T.DoubleType())])
orders = spark.createDataFrame([(1, 5)], T.StructType([T.StructField("order_id", T.IntegerType()), T.StructField("amount", T.DoubleType())]))
