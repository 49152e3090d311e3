# expect: SPK053
# spark: raises
# `after` is no column any more: neither part of `after.id` resolves.
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
parsed = src.select(F.struct(F.col("value").alias("id"), F.lit("c").alias("op")).alias("after"))
flat = parsed.selectExpr("after.id AS id", "after.op AS op").select("after.id")
