# expect: SPK036
# spark: raises
from pyspark.sql.functions import window

events = spark.readStream.format("rate").load()
counts = events.withWatermark("timestamp", "10 seconds").groupBy(window("timestamp", "10 seconds", 5.0)).count()
