# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, amount DOUBLE")
orders.groupBy("op").agg({"amount": "sum"}).show()
spec = {"amount": "max"}
orders.agg(spec).show()
orders.groupBy("op").agg(F.sum("amount"), F.count("id")).show()
try:
    orders.agg("id")
except AssertionError:
    print("agg wants Columns")
