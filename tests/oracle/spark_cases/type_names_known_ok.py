# expect: none
# spark: runs
from pyspark.sql import functions as F

rows = spark.createDataFrame(
    [(1, "c", {"a": 1}, (2, "x"), '{"id": 1, "tags": ["a"]}')],
    "id INT NOT NULL, op STRING COMMENT 'operation', m MAP<STRING, BIGINT>, s STRUCT<a: INT, b STRING>, value STRING",
)
typed = rows.select(
    F.col("id").cast("bigint"), F.col("id").cast("decimal(10, 2)").alias("d"), F.col("id").cast("Long").alias("l"),
    F.col("op").cast("string"), F.array("op").cast("array<string>").alias("arr"), F.col("id").astype("double").alias("x"),
    F.col("id").cast("boolean").alias("flag"), F.col("id").cast("timestamp").alias("ts"),
    F.from_json("value", "id INT, tags ARRAY<STRING>").alias("j"), F.from_json("value", "struct<id: bigint>").alias("k"),
    F.from_json("value", "id integer").alias("one"),
)
typed.show()
spark.read.schema("id SMALLINT, amount NUMERIC(12, 2), at TIMESTAMP_NTZ")
