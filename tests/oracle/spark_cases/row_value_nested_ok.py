# expect: none
# spark: runs
from pyspark.sql.types import ArrayType, DoubleType, IntegerType, StructField, StructType
orders = spark.createDataFrame([(1, [1.5, None]), (2, []), (3, None)], "order_id INT, prices ARRAY<DOUBLE>")
orders.show()
events = spark.createDataFrame([("c", (1, 9.5)), ("d", {"id": 2, "amount": 1.0}), ("u", None)],
                               "op STRING, after STRUCT<id: INT, amount: DOUBLE>")
events.show()
attrs = spark.createDataFrame([(1, {"qty": 3, 7: 1}), (2, {})], "id INT, attrs MAP<STRING, INT>")
attrs.show()
coded = spark.createDataFrame([(1, [2.5])], StructType([StructField("id", IntegerType()), StructField("xs", ArrayType(DoubleType()))]))
coded.show()
amounts = spark.createDataFrame([1.5, 2.0, None], "double")
amounts.show()
names = spark.createDataFrame(["a", 1], "string")
names.show()
