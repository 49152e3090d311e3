# expect: none
# spark: runs
# planted: none (withWatermark on a batch frame names a column it lacks: Spark drops the watermark unresolved)
changes = spark.createDataFrame([("c", 1767225600000)], "op STRING, ts_ms BIGINT")
changes.withWatermark("event_time", "1 minute").show()
