# expect: SPK036
# spark: raises
from pyspark.sql.functions import window

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.withWatermark("timestamp", "1 minute").groupBy(window("timestamp", "5 minutes", "10 minutes")).count()
