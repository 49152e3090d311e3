# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, 1700000000000, "a,b", [3, 1])], "id INT, ts_ms BIGINT, tags STRING, scores ARRAY<INT>")
shaped = changes.select(
    "id",
    F.timestamp_millis("ts_ms").alias("ts"),
    F.from_unixtime(F.col("ts_ms") / 1000).alias("when"),
    F.split("tags", ",").alias("tag_list"),
    F.sha2("tags", 256).alias("digest"),
    F.array_contains("scores", 3).alias("has_three"),
    F.sort_array("scores").alias("sorted"),
    F.greatest("id", F.lit(0)).alias("positive"),
)
shaped.groupBy(F.window("ts", "10 minutes")).agg(F.collect_list("id"), F.count("digest")).show()
