# expect: SPK090
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "2024-03-01 10:00:00")], "id INT, ts STRING")
events.select("id", F.to_timestamp("ts", "YYYY-MM-DD HH24:MI:SS").alias("at")).show()
