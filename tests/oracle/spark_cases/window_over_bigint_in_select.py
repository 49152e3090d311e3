# expect: SPK032
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
windows = events.select(F.window("value", "10 seconds").alias("w"), "value")
query = windows.writeStream.format("console").start()
