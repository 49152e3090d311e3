# expect: SPK068
# spark: raises
# planted: explode of from_json with a struct's fields as its schema (one object, not a list)
from pyspark.sql import functions as F

raw = spark.createDataFrame([('{"id": 1, "op": "c"}',)], "value STRING")
raw.select(F.explode(F.from_json("value", "id INT, op STRING")).alias("c")).show()
