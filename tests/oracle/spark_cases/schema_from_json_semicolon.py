# expect: SPK092
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([("{\"id\": 1, \"op\": \"c\"}",)], "value STRING")
raw.select(F.from_json("value", "id INT; op STRING").alias("r")).show()
