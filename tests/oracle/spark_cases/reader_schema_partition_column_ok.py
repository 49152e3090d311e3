# expect: none
# spark: runs
# planted: none (a partition column the schema does not name is still a column of the frame)
spark.createDataFrame(
    [("c", (1, "a@x.io"), "2026-01-01")], "op STRING, after STRUCT<id: BIGINT, email: STRING>, day STRING",
).write.mode("overwrite").partitionBy("day").json("landing/customers_by_day")

changes = spark.read.schema("op STRING, after STRUCT<id: BIGINT, email: STRING>").json("landing/customers_by_day")
changes.select("op", "after.email", "day").show()
