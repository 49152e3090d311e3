# expect: SPK086
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, ["gift"])], "id INT, tags ARRAY<STRING>")
orders.select(F.array_insert("tags", 0, F.lit("new")).alias("tags")).show()
