# expect: none
# spark: runs
from pyspark.sql import functions as F
raw = spark.createDataFrame([('{"id": 1, "op": "c"}',)], "value STRING")
parsed = raw.select(F.json_tuple("value", "id", "op"))
parsed.select("c0", "c1").show()
named = raw.select(F.json_tuple("value", "id", "op").alias("id", "op"))
named.select("id", "op").show()
