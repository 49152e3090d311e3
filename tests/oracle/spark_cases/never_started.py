# expect: SPK020
# spark: runs
# observe: nothing_started
from pyspark.sql.functions import col

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
writer = events.where(col("value") > 3).writeStream.format("console")
writer = writer.outputMode("append").trigger(processingTime="1 second")
