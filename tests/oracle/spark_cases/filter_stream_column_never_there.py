# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
query = events.where(F.col("id") > 3).writeStream.format("console").start()
