# expect: SPK071
# spark: raises
from pyspark.sql.functions import col, substring
orders = spark.createDataFrame([(1, "2024-01-05")], "id INT, shipped STRING")
orders.select(substring(col("shipped"), 1).alias("year")).show()
