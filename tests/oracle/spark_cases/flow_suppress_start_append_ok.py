# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
import contextlib
events = spark.readStream.format("rate").load()
with contextlib.suppress(Exception):
    events.groupBy("value").count().writeStream.outputMode("append").format("console").start()
