# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
m = src.select(F.from_json(F.lit('{"a": {"x": 1}}'), "a STRUCT<x: INT>").alias("m"))
q = m.select("m.a.y").writeStream.format("console").start()
