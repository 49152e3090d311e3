# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([('{"ts_ms": 1700000000000}',)], "value STRING")
ms = raw.withColumn(
    "ts_ms",
    F.get_json_object("value", "$.ts_ms").astype("int64"),
)
ms.show()
