# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "2024-03-01T10:00:00.123", 1709287200)], "id INT, ts STRING, epoch BIGINT")
events.select(
    F.to_timestamp("ts", "yyyy-MM-dd'T'HH:mm:ss.SSS").alias("at"),
    F.date_format(F.to_timestamp("ts", "yyyy-MM-dd'T'HH:mm:ss.SSS"), "EEE, dd MMM yyyy hh:mm a").alias("shown"),
    F.from_unixtime("epoch", "yyyy-MM-dd HH:mm:ss").alias("from_epoch"),
    F.date_format(F.current_date(), "D 'day of' yyyy").alias("day_of_year"),
    F.to_date(F.lit("01.03.2024"), "dd.MM.yyyy").alias("d"),
).show(truncate=False)
