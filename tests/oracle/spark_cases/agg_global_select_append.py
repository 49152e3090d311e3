# expect: SPK001
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
total = events.select(F.count("*").alias("n"))
query = total.writeStream.format("console").start()
