# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([("2024-01-01 10:00:00", 5)], "ts STRING, amount INT")
daily = orders.groupBy(F.to_date("ts")).agg(F.sum("amount").alias("total"))
daily.select("day", "total").show()
