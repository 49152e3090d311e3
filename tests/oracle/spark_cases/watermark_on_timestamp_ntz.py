# expect: SPK032
# spark: raises
from pyspark.sql.functions import col
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
local = events.withColumn("local_ts", col("timestamp").cast("timestamp_ntz")).withWatermark("local_ts", "10 seconds")
query = local.writeStream.format("console").start()
