# expect: SPK094
# spark: raises
from pyspark.sql import functions as F
raw = spark.createDataFrame([('{"id": 1, "op": "c"}',)], "value STRING")
raw.select(F.json_tuple("value", "id", "op").alias("id")).show()
