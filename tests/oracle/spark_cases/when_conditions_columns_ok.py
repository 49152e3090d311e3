# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.functions import col, expr, when

changes = spark.createDataFrame([(1, "d"), (2, "c")], "id INT, op STRING")
kind = when(expr("op = 'd'"), "delete").when(col("op") == "c", "insert").otherwise("other")
changes.select("id", kind.alias("kind"), F.when(F.col("id") > 1, "big").alias("size")).show()
try:
    F.when("op = 'd'", 1)
except TypeError as error:
    print("when wants a Column:", error)
