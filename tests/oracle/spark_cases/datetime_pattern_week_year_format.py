# expect: SPK090
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "2024-03-01 10:00:00")], "id INT, ts STRING")
events.select(F.date_format(F.to_timestamp("ts"), "YYYY-MM").alias("month")).show()
