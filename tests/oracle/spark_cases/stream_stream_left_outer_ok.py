# expect: none
# spark: runs
from pyspark.sql.functions import col, expr

impressions = (
    spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    .select(col("value").alias("ad_id"), col("timestamp").alias("shown_at"))
    .withWatermark("shown_at", "5 seconds")
)
clicks = (
    spark.readStream.format("rate").option("rowsPerSecond", 5).load()
    .select(col("value").alias("click_ad_id"), col("timestamp").alias("clicked_at"))
    .withWatermark("clicked_at", "5 seconds")
)
joined = impressions.join(
    clicks,
    (col("ad_id") == col("click_ad_id"))
    & (col("clicked_at") >= col("shown_at"))
    & (col("clicked_at") <= col("shown_at") + expr("INTERVAL 10 SECONDS")),
    "leftOuter",
)
query = joined.writeStream.format("console").start()
