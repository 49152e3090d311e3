# expect: none
# spark: runs
# planted: none (a JSON array read with an ARRAY<STRUCT<…>> schema explodes; a string column parses)
from pyspark.sql import functions as F

raw = spark.createDataFrame([('[{"id": 1, "op": "c"}, {"id": 2, "op": "u"}]', '{"id": 3}')], "value STRING, one STRING")
raw.select(F.explode(F.from_json("value", "ARRAY<STRUCT<id: INT, op: STRING>>")).alias("c")).select("c.id", "c.op").show()
raw.select(F.from_json("one", "id INT").alias("x")).select("x.id").show()
