# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, '["a", "b"]', ["x"], {"k": 1})], "order_id INT, items STRING, tags ARRAY<STRING>, m MAP<STRING, INT>")
orders.select(F.size("tags"), F.size("m"), F.size(F.from_json("items", "array<string>")).alias("n")).show()
orders.withColumn("items", F.split("items", ",")).filter(F.size("items") > 1).show()
