# expect: SPK057
# spark: raises
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
counts = events.groupBy("value").agg(F.count("*").alias("n"), F.col("timestamp"))
query = counts.writeStream.outputMode("complete").format("console").start()
