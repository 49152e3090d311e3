# expect: SPK050
# spark: raises
from pyspark.sql.functions import col, from_json
from pyspark.sql.types import LongType, StructField, StructType, TimestampType

schema = StructType([StructField("id", LongType()), StructField("ts", TimestampType())])
raw = spark.readStream.format("rate").load().selectExpr("to_json(named_struct('id', value, 'ts', timestamp)) AS json")
parsed = raw.select(from_json(col("json"), schema).alias("data"))
marked = parsed.withWatermark("data.ts", "1 minute")
