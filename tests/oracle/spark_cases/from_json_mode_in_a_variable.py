# expect: SPK042
# spark: raises
from pyspark.sql import functions as F
options = {"MODE": "dropMalformed"}
raw = spark.createDataFrame([('{"id": 1}',), ("not json",)], ["value"])
rows = raw.select(F.from_json("value", "id INT", options).alias("e")).collect()
