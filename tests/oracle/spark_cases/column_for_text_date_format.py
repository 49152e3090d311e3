# expect: SPK071
# spark: raises
# planted: a pattern given as F.lit(...) to date_format, which takes it as text
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1767225600000,)], "ts_ms BIGINT")
changes.select(F.date_format(F.timestamp_millis("ts_ms"), F.lit("yyyy-MM-dd")).alias("day")).show()
