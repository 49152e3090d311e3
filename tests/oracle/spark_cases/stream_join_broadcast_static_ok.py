# expect: none
# spark: runs
from pyspark.sql import functions as F
rates = spark.createDataFrame([(1, 1.0), (2, 0.5)], "value LONG, rate DOUBLE")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
priced = events.join(F.broadcast(rates), "value", "left")
query = priced.writeStream.format("console").start()
