# expect: SPK066
# spark: raises
from pyspark.sql.functions import col, when

changes = spark.createDataFrame([(1, "d"), (2, "c")], "id INT, op STRING")
is_update = "op = 'u'"
kind = when(col("op") == "c", "insert").when(is_update, "update").otherwise("other")
changes.select("id", kind.alias("kind")).show()
