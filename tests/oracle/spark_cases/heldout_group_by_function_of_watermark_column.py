# expect: SPK002
# spark: raises
# planted: SPK002 (grouping by date_trunc over the watermarked column: the new column has no watermark; held-out program)
from pyspark.sql import functions as F

changes = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
per_minute = changes.groupBy(F.date_trunc("minute", "timestamp")).count()
query = per_minute.writeStream.outputMode("append").format("console").start()
