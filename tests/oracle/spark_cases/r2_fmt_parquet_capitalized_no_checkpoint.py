# expect: SPK013
# spark: raises
import pyspark.sql.functions as F
from pyspark.sql.types import StructType, StructField, StringType, LongType, DoubleType
schema = StructType([
    StructField("op", StringType()),
    StructField("ts_ms", LongType()),
    StructField("after", StructType([StructField("id", LongType()), StructField("amount", DoubleType())])),
])
def debezium_stream(rate=5):
    raw = spark.readStream.format("rate").option("rowsPerSecond", rate).load()
    msg = raw.select(F.to_json(F.struct(
        F.when(raw.value % 3 == 0, "c").otherwise("u").alias("op"),
        F.unix_millis("timestamp").alias("ts_ms"),
        F.struct((raw.value % 10).alias("id"), (raw.value * 1.5).alias("amount")).alias("after"),
    )).alias("value"))
    return (msg.select(F.from_json("value", schema).alias("e"))
            .select("e.op", "e.after.id", "e.after.amount", F.timestamp_millis("e.ts_ms").alias("event_time")))

q = debezium_stream().writeStream.format("Parquet").option("path", "out/changes").start()
