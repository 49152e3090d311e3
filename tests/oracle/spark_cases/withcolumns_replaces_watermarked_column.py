# expect: SPK002
# spark: raises
from pyspark.sql import functions as F
events = (spark.readStream.format("rate").load().withWatermark("timestamp", "5 seconds")
          .withColumns({"timestamp": F.date_trunc("minute", "timestamp")}))
counts = events.groupBy("timestamp").count()
query = counts.writeStream.outputMode("append").format("console").start()
