# expect: SPK066
# spark: raises
from pyspark.sql.functions import concat, col
ev = spark.createDataFrame([(1, "c")], "id INT, op STRING")
ev.select(concat(col("op"), 1).alias("k")).show()
