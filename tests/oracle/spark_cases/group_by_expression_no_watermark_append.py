# expect: SPK001
# spark: raises
from pyspark.sql import functions as F

# A grouping key the model cannot name (an expression): with no watermark anywhere, append mode
# is refused whatever the key is.
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy((F.col("value") % 2).alias("parity")).count()
query = counts.writeStream.outputMode("append").format("console").start()
