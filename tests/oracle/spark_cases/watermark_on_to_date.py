# expect: SPK032
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
daily = events.withColumn("day", F.to_date("timestamp")).withWatermark("day", "1 day")
