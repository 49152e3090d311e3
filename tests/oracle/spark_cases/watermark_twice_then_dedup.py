# expect: SPK044
# spark: raises
# wait: 12
from pyspark.sql import functions as F
from pyspark.sql.functions import col

events = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
          .withWatermark("timestamp", "10 seconds").withWatermark("timestamp", "2 seconds"))
unique = events.dropDuplicates(["value", "timestamp"])
query = unique.writeStream.format("console").start()
