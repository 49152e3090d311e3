# expect: SPK032
# spark: raises
from pyspark.sql.functions import col, from_json
from pyspark.sql.types import LongType, StringType, StructField, StructType

envelope = StructType([
    StructField("op", StringType()),
    StructField("ts_ms", LongType()),
    StructField("after", StructType([StructField("id", LongType()), StructField("updated_at", LongType())])),
])
raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
changes = raw.select(from_json(col("value").cast("string"), envelope).alias("event"))
rows = changes.select("event.op", col("event.after.updated_at").alias("updated_at"), "event.ts_ms")
late = rows.withWatermark("updated_at", "1 minute")
