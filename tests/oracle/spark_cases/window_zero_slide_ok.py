# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").load()
tumbling = events.groupBy(F.window("timestamp", "10 minutes", 0)).count()
shifted = events.groupBy(F.window("timestamp", "10 minutes", startTime=0)).count()
