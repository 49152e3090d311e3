# expect: SPK053
# spark: raises
# `qty` was dropped by the projection before: withColumn reads only its input's columns.
from pyspark.sql.functions import col
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.select("id", "name").withColumn("total", col("qty") * 10)
