# expect: SPK009
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
running = events.withColumn("running", F.sum("value").over(Window.partitionBy(F.col("value") % 2)))
query = running.writeStream.format("console").start()
