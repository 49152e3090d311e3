# expect: SPK091
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING")
events.select(F.to_utc_timestamp(F.col("ts"), tz="utc").alias("utc_ts")).collect()
