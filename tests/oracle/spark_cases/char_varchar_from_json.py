# expect: SPK076
# spark: raises
from pyspark.sql import functions as F
raw = spark.createDataFrame([('{"op": "c"}',)], "value STRING")
raw.select(F.from_json("value", "op CHAR(1), id INT").alias("event")).collect()
