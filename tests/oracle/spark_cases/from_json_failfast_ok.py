# expect: none
# spark: runs
from pyspark.sql import functions as F
raw = spark.createDataFrame([('{"id": 1}',)], ["value"])
rows = raw.select(F.from_json("value", "id INT", {"mode": "FAILFAST"}).alias("e")).collect()
