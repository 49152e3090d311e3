# expect: SPK037
# spark: raises
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
q = (src.select(F.concat(F.lit("a"), F.col("value").cast("string")).alias("s"), (F.col("value") % 7).alias("k")).writeStream.format("text").option("checkpointLocation", "chk").start("out"))
