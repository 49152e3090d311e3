# expect: none
# spark: runs
from pyspark.sql import functions as F

raw = spark.createDataFrame([("{\"after\": {\"tags\": [\"gift\", \"eu\"]}}",)], "value STRING")
events = raw.select(F.from_json("value", "after STRUCT<tags ARRAY<STRING>>").alias("e"))
events.select(F.explode("e.after.tags").alias("tag")).show()
