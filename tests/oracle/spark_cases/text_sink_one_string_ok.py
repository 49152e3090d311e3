# expect: none
# spark: runs
from pyspark.sql.functions import struct, to_json

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
lines = events.select(to_json(struct("timestamp", "value")).alias("value"))
query = lines.writeStream.format("text").option("path", "out/text_lines").option("checkpointLocation", "chk/text_lines").start()
query.stop()
