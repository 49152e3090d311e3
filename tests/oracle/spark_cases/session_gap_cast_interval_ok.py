# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", F.expr("CAST('2 seconds' AS INTERVAL)")), (F.col("value") % 3).alias("user"))
            .count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
