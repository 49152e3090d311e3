# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
events = spark.createDataFrame([(1, "1700000000")], "id INT, ts STRING")
events.select(F.timestamp_seconds("ts")).collect()
