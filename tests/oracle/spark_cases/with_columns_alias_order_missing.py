# expect: SPK053
# spark: raises
# A lateral alias is read only after the item that gives it.
from pyspark.sql.functions import col
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.withColumns({"x": col("dbl") + 1, "dbl": col("qty") * 2})
