# expect: SPK053
# spark: raises
# planted: a field the reader's schema gives the struct `after` no such name
from pyspark.sql import functions as F

spark.createDataFrame(
    [("c", (1, "a@x.io"), 1767225600000)], "op STRING, after STRUCT<id: BIGINT, email: STRING>, ts_ms BIGINT",
).write.mode("overwrite").json("landing/customers_typo")

events = spark.readStream.schema("op STRING, after STRUCT<id: BIGINT, email: STRING>, ts_ms BIGINT").json("landing/customers_typo")
query = events.select("op", "after.mail").writeStream.format("console").start()
