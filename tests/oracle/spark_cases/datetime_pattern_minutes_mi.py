# expect: SPK090
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "2024-03-01 10:00:00")], "id INT, ts STRING")
events.withColumn("at", F.to_timestamp("ts", "yyyy-MM-dd HH:MI:ss")).show()
