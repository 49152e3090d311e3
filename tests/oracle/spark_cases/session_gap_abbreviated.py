# expect: SPK036
# spark: runs
# observe: nothing_out
# A session window's gap written "1s": Spark reads no interval from it, raises nothing, and outputs no session.
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", "1s"), (F.col("value") % 3).alias("user")).count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
