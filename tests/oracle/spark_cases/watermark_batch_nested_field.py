# expect: SPK050
# spark: raises
# planted: a watermark on a struct's field, on a batch frame too
changes = spark.createDataFrame([("c", (1767225600000,))], "op STRING, source STRUCT<ts_ms: BIGINT>")
changes.withWatermark("source.ts_ms", "1 minute").show()
