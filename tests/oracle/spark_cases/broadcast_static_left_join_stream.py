# expect: SPK010
# spark: raises
from pyspark.sql.functions import broadcast
rates = spark.createDataFrame([(1, 1.0), (2, 0.5)], "value LONG, rate DOUBLE")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
priced = broadcast(rates).join(events, "value", "left")
query = priced.writeStream.format("console").start()
