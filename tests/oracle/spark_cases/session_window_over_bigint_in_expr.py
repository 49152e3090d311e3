# expect: SPK032
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
sessions = events.groupBy("value", F.expr("session_window(value, '5 seconds')")).count()
query = sessions.writeStream.outputMode("append").format("console").start()
