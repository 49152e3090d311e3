# expect: SPK017
# spark: raises
# planted: from_json on binary value inside selectExpr
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

parsed = topic.selectExpr("from_json(value, 'op STRING, after STRUCT<id: BIGINT>, ts_ms BIGINT') AS c")
query = parsed.select("c.op", "c.after.id").writeStream.format("console").start()
