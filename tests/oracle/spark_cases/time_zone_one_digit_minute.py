# expect: none
# spark: runs
from pyspark.sql import functions as F

# Spark writes a one-digit hour and a one-digit final minute as two digits before Java reads them.
events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING").select(F.to_timestamp("ts").alias("ts"))
events.select(F.from_utc_timestamp("ts", "+3:0"), F.from_utc_timestamp("ts", "+05:3"), F.to_utc_timestamp("ts", "GMT+3:0")).collect()
spark.conf.set("spark.sql.session.timeZone", "UTC-03:0")
