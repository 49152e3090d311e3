# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
gap = F.when(F.col("value") % 2 == 0, "1 second").otherwise("2 seconds")
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", gap), (F.col("value") % 3).alias("user")).count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
