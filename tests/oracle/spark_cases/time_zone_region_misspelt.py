# expect: SPK091
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING")
events.select(F.from_utc_timestamp("ts", F.lit("Europe/Moskow")).alias("local_ts")).show()
