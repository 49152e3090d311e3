# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([('{"id": 1, "ts_ms": 1700000000000}',)], "value STRING")
ids = raw.select(F.get_json_object("value", "$.id").cast("integr").alias("id"))
ids.show()
