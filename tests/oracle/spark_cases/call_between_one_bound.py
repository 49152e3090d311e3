# expect: SPK071
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, 5)], "id INT, qty INT")
orders.filter(F.col("qty").between(1)).show()
