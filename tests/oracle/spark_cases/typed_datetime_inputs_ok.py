# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, 1700000000000, "2024-01-05 10:00:00")], "id INT, ts_ms BIGINT, s STRING") \
    .withColumn("ts", F.timestamp_millis("ts_ms")).withColumn("d", F.to_date("ts"))
ev.select(F.hour("ts"), F.hour("s"), F.year("d"), F.year("ts"), F.year("s"), F.date_format("ts", "yyyy"), F.date_format("s", "yyyy"),
          F.datediff("d", "ts"), F.from_unixtime(F.col("ts_ms") / 1000), F.from_unixtime("id"), F.date_trunc("hour", "ts"),
          F.trunc("d", "month"), F.months_between("ts", "d"), F.last_day("s")).collect()
