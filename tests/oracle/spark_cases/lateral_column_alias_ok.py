# expect: none
# spark: runs
# A name an earlier item of the same projection gives its column is a lateral column alias (Spark 3.4+).
from pyspark.sql import functions as F
from pyspark.sql.functions import col
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
a = orders.select((col("qty") * 2).alias("dbl"), col("dbl") + 1)
b = orders.selectExpr("qty * 2 AS dbl", "dbl")
c = orders.withColumns({"dbl": col("qty") * 2, "x": col("dbl") + 1})
d = orders.groupBy("id").agg(F.sum("qty").alias("s"), (col("s") * 2).alias("s2"))
for frame in (a, b, c, d):
    frame.collect()
