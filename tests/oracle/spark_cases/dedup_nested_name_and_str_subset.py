# expect: SPK052
# spark: raises
# dropDuplicates matches whole column names: `after.value` is no column of the frame (held-out h29).
from pyspark.sql import functions as F

raw = spark.readStream.format("rate").load()
events = raw.select(F.struct(F.col("value").alias("value")).alias("after"), "timestamp")
query = events.dropDuplicates(["after.value"]).writeStream.format("console").start()
