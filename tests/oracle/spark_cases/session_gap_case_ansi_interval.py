# expect: SPK036
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
gap = F.expr("CASE WHEN value % 2 = 0 THEN INTERVAL 1 SECOND ELSE INTERVAL 2 SECONDS END")
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", gap), (F.col("value") % 3).alias("user")).count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
