# expect: SPK062
# spark: raises
from pyspark.sql import functions as F
events = spark.createDataFrame([(1, "c"), (2, "d")], "id INT, op STRING")
changes = events.filter(F.col("op") in ["c", "u"])
