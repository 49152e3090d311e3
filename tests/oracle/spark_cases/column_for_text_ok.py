# expect: none
# spark: runs
# planted: none (formats as text, also held by a name; a Column where these functions take one)
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1767225600000, "2026-01-01")], "ts_ms BIGINT, day STRING")
pattern = "yyyy-MM-dd"
changes.select(F.date_trunc("hour", F.timestamp_millis("ts_ms")), F.to_date(F.col("day"), pattern),
               F.trunc(F.to_date("day"), "month"), F.date_format(F.timestamp_millis("ts_ms"), pattern)).show()
