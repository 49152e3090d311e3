# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
out = events.withColumnRenamed("Value", "id").select("value")
query = out.writeStream.format("noop").start()
