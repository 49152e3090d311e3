# expect: none
# spark: runs
from pyspark.errors import PySparkTypeError

events = spark.readStream.format("rate").load()
try:
    late = events.withWatermark("timestamp", 10)
except PySparkTypeError as error:
    print("a delay is text:", error)
    late = events.withWatermark("timestamp", "10 seconds")
