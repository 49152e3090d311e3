# expect: SPK092
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([("{\"after\": {\"id\": 1}}",)], "value STRING")
raw.select(F.from_json("value", "after STRUCT<id: INT, op STRING").alias("r")).show()
