# expect: SPK036
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").load()
counts = events.groupBy(F.window("timestamp", 10, 5)).count()
