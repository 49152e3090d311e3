# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
raw = spark.createDataFrame([('{"id": 1, "op": "c"}',)], "value STRING")
parsed = raw.select(F.json_tuple("value", "id", "op"))
parsed.select("id", "op").show()
