# expect: none
# spark: runs
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "2024-01-05")], "id INT, shipped STRING")
try:
    orders.select(F.datediff("shipped")).show()
except TypeError as error:
    print("datediff needs two dates:", error)
