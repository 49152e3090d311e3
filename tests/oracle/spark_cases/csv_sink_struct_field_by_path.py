# expect: SPK031
# spark: raises
# wait: 10
# planted: struct column 'after' written to CSV
from pyspark.sql import functions as F
from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

# Stand-in for the Debezium topic dbserver1.shop.orders: the course reads it with
# spark.readStream.format("kafka"); here the rate source produces the same JSON envelope.
ticks = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
topic = ticks.select(
    F.col("value").cast("string").cast("binary").alias("key"),
    F.to_json(F.struct(
        F.expr("CASE WHEN value % 10 = 0 THEN 'd' WHEN value % 3 = 0 THEN 'u' ELSE 'c' END").alias("op"),
        F.struct(
            (F.col("value") % 25).alias("id"),
            (F.col("value") % 7).alias("customer_id"),
            (F.col("value") % 50 * 1.25).alias("total"),
            F.lit("NEW").alias("status"),
        ).alias("after"),
        F.unix_millis("timestamp").alias("ts_ms"),
    )).cast("binary").alias("value"),
    F.col("timestamp"),
)

order_row = StructType([
    StructField("id", LongType()),
    StructField("customer_id", LongType()),
    StructField("total", DoubleType()),
    StructField("status", StringType()),
])
envelope = StructType([
    StructField("op", StringType()),
    StructField("after", order_row),
    StructField("ts_ms", LongType()),
])

changes = (topic.select(F.from_json(F.col("value").cast("string"), envelope).alias("c"))
    .select("c.op", "c.after", "c.ts_ms"))
query = (changes.writeStream.format("csv")
    .option("header", True)
    .option("path", "exports/orders")
    .option("checkpointLocation", "checkpoints/orders_csv")
    .start())
