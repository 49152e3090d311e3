# expect: SPK074
# spark: raises
from pyspark.sql import Window, functions as F
events = spark.createDataFrame([(1, 1700000000000, 2.0)], "id INT, ts_ms BIGINT, amount DOUBLE").withColumn("ts", F.timestamp_millis("ts_ms"))
last_hour = Window.partitionBy("id").orderBy("ts").rangeBetween(-3600, 0)
events.withColumn("hour_total", F.sum("amount").over(last_hour)).show()
