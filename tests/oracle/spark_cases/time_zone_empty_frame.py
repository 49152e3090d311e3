# expect: SPK091
# spark: raises
from pyspark.sql import functions as F

# No rows: the zone is still read where the query is planned.
events = spark.createDataFrame([], "ts TIMESTAMP")
events.select(F.from_utc_timestamp("ts", "MSK").alias("local_ts")).collect()
