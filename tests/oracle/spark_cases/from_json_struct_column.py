# expect: SPK077
# spark: raises
# planted: from_json of the envelope's `after`, a struct parsed already
from pyspark.sql import functions as F

raw = spark.createDataFrame([('{"op": "c", "after": {"id": 1, "email": "a@x.io"}}',)], "value STRING")
events = raw.select(F.from_json("value", "op STRING, after STRUCT<id: BIGINT, email: STRING>").alias("e")).select("e.*")
events.select(F.from_json("after", "id BIGINT").alias("x")).show()
