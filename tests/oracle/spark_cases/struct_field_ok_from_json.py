# expect: none
# spark: runs
from pyspark.sql import functions as F

src = spark.readStream.format("rate").load()
m = src.select(F.from_json(F.lit('{"a": {"x": 1}}'), "a STRUCT<x: INT>").alias("m"))
query = m.select("m.a.x").writeStream.format("console").start()
