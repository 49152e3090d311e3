# expect: SPK001
# spark: raises
# The handler prints the error and raises it again: the program fails all the same.
from pyspark.sql import functions as F
events = spark.readStream.format("rate").load()
counts = events.groupBy(F.window("timestamp", "10 seconds")).count()
try:
    query = counts.writeStream.outputMode("append").format("console").start()
except Exception as error:
    print("refused:", error)
    raise
