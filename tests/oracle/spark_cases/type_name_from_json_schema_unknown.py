# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([('{"before": null, "after": {"id": 1}, "op": "c"}',)], "value STRING")
envelope = "before STRUCT<id: INT>, after STRUCT<id: INTEGR>, op STRING"
parsed = raw.select(
    F.from_json("value", envelope).alias("e"),
)
parsed.select("e.after.id").show()
