# expect: SPK074
# spark: raises
from pyspark.sql import Window, functions as F
events = spark.createDataFrame([(1, 1700000000, 2.0)], "id INT, ts_s BIGINT, amount DOUBLE")
events.withColumn("s", F.sum("amount").over(Window.orderBy("ts_s", "id").rangeBetween(-60, 0))).show()
