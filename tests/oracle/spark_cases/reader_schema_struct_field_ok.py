# expect: none
# spark: runs
# planted: none (fields the reader's schema gives, in another case)
spark.createDataFrame(
    [("c", (1, "a@x.io"), 1767225600000)], "op STRING, after STRUCT<id: BIGINT, email: STRING>, ts_ms BIGINT",
).write.mode("overwrite").json("landing/customers_ok")

changes = spark.read.format("json").load("landing/customers_ok", schema="op STRING, after STRUCT<id: BIGINT, email: STRING>, ts_ms BIGINT")
changes.select("op", "after.EMAIL", "After.id").show()
