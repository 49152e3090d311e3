# expect: SPK036
# spark: runs
# observe: nothing_out
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", "0 seconds"), (F.col("value") % 3).alias("user")).count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
