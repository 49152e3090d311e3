# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "2024-01-01 00:00:00")], "id INT, ts STRING")
daily = df.groupBy(F.date_format("ts", "yyyy-MM-dd").alias("day")).agg(F.max(F.from_utc_timestamp("ts", "Europe/Moscow")).alias("last_local"))
daily.orderBy(F.date_format("day", "yyyy")).show()
