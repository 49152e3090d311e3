# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, ["gift"])], "id INT, tags ARRAY<STRING>")
orders.select(F.array_insert("tags", 1, F.lit("new")).alias("tags")).show()
