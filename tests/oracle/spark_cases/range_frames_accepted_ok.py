# expect: none
# spark: runs
from pyspark.sql import Window, functions as F
events = spark.createDataFrame([(1, 1700000000000, 2.0)], "id INT, ts_ms BIGINT, amount DOUBLE").withColumn("ts", F.timestamp_millis("ts_ms"))
by_seconds = Window.partitionBy("id").orderBy(F.col("ts").cast("long")).rangeBetween(-3600, 0)
to_now = Window.partitionBy("id").orderBy("ts").rangeBetween(Window.unboundedPreceding, Window.currentRow)
by_millis = Window.orderBy("ts_ms").rangeBetween(-3600000, 0)
rows_two = Window.orderBy("ts", "id").rowsBetween(-1, 0)
events.select(
    F.sum("amount").over(by_seconds).alias("hour"), F.sum("amount").over(to_now).alias("so_far"),
    F.sum("amount").over(by_millis).alias("hour_ms"), F.sum("amount").over(rows_two).alias("pair"),
).show()
