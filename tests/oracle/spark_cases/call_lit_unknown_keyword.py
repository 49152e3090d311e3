# expect: SPK071
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, 5)], "id INT, qty INT")
orders.withColumn("source", F.lit(value="pg")).show()
