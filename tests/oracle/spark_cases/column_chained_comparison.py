# expect: SPK062
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, 50)], "id INT, amount INT")
medium = orders.filter(0 < F.col("amount") < 100)
medium.show()
