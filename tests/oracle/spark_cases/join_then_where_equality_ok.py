# expect: none
# spark: runs
from pyspark.sql.functions import col
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
echoes = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .select(col("value").alias("v"), col("timestamp").alias("ts")).withWatermark("ts", "10 seconds"))
joined = events.join(echoes).where("value = v AND timestamp = ts")
query = joined.writeStream.format("console").start()
