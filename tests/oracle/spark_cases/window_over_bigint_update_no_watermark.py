# expect: SPK032
# spark: raises
from pyspark.sql import functions as F

# No watermark either: Spark refuses the window over a number at the groupBy, so the state the
# query would keep (SPK022) is moot.
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy(F.window("value", "10 seconds")).count()
query = counts.writeStream.outputMode("update").format("console").start()
