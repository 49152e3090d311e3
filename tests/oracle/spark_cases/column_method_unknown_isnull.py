# expect: SPK071
# spark: raises
# planted: `isnull` for isNull: PySpark reads `.isnull` as a struct field, and calls that Column
from pyspark.sql import functions as F

orders = spark.createDataFrame([(10, 25.0), (11, None)], "order_id BIGINT, amount DOUBLE")
orders.filter(F.col("amount").isnull()).show()
