# expect: SPK021
# spark: runs
# observe: future_warning
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, 10.0, "2026-01-01 10:00:00")], ["id", "total", "ts"])
orders.agg(F.sumDistinct("total"), F.toDegrees(F.lit(1.0))).collect()
transform = F.years(F.to_timestamp("ts"))
