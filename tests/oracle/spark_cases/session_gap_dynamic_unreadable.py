# expect: SPK036
# spark: runs
# observe: nothing_out
# A per-row gap whose values Spark cannot read ("1s", "2 secs"): no error, a null gap, no session.
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
gap = F.when(F.col("value") % 2 == 0, "1s").otherwise("2 secs")
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", gap), (F.col("value") % 3).alias("user")).count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
