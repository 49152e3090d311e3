# expect: SPK011
# spark: raises
from pyspark.sql.functions import current_timestamp

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
stamped = events.withColumn("seen_at", current_timestamp())
query = stamped.writeStream.format("console").trigger(continuous="1 second").start()
