# expect: SPK017
# spark: raises
# planted: from_json of a BINARY column made with createDataFrame (no Kafka): from_json casts nothing
from pyspark.sql import functions as F

raw = spark.createDataFrame([(bytearray(b'{"op": "c", "id": 1}'),)], "value BINARY")
raw.select(F.from_json("value", "op STRING, id BIGINT").alias("e")).show()
