# expect: SPK078
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([("c", 10), ("u", 3)], "op STRING, amount INT")
orders.where(F.sum("amount") > 10).show()
