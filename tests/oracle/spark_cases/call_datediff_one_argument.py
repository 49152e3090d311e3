# expect: SPK071
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "2024-01-05", "2024-01-01")], "id INT, shipped STRING, ordered STRING")
orders.select(F.datediff("shipped").alias("wait")).show()
