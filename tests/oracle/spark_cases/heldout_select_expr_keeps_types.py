# expect: SPK032
# spark: raises
# planted: SPK032 (a column renamed in selectExpr keeps its BIGINT type; the watermark needs a timestamp; held-out program)
from pyspark.sql import functions as F
from pyspark.sql.types import LongType, StringType, StructField, StructType

envelope = StructType([StructField("op", StringType()), StructField("ts_ms", LongType())])
raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
parsed = raw.select(F.from_json(F.to_json(F.struct(F.lit("c").alias("op"), F.col("value").alias("ts_ms"))), envelope).alias("data"))
events = parsed.selectExpr("data.op AS op", "data.ts_ms AS ts_ms")
late_ok = events.withWatermark("ts_ms", "10 seconds")
query = late_ok.writeStream.format("console").start()
