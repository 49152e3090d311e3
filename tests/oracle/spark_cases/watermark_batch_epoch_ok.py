# expect: none
# spark: runs
# planted: none (withWatermark does nothing on a batch frame: a BIGINT column is not checked there)
from pyspark.sql import Row

changes = spark.createDataFrame([Row(op="c", ts_ms=1767225600000), Row(op="u", ts_ms=1767225660000)])
changes.withWatermark("ts_ms", "1 minute").groupBy("op").count().show()
typed = spark.createDataFrame([("c", 1767225600000)], "op STRING, ts_ms BIGINT")
typed.withWatermark("ts_ms", "1 minute").show()
