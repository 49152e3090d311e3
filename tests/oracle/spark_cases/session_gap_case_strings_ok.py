# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
gap = F.expr("CASE WHEN value % 2 = 0 THEN '1 second' ELSE '2 seconds' END")
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", gap), (F.col("value") % 3).alias("user")).count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
