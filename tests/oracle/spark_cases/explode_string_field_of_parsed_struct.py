# expect: SPK068
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([("{\"after\": {\"tags\": \"gift,eu\"}}",)], "value STRING")
events = raw.select(F.from_json("value", "after STRUCT<tags STRING>").alias("e"))
events.select(F.explode("e.after.tags")).show()
