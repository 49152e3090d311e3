# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([("2024-01-01",)], "order_date STRING")
orders.select(F.date_add(F.to_date("order_date"), "7").alias("due")).show()
