# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([('{"id": 1, "name": "a"}', "c")], "after STRING, op STRING")
ids = events.select(F.col("after.id").alias("id"), "op")
ids.show()
