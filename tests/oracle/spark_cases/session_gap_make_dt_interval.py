# expect: SPK036
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
sessions = (events.withWatermark("timestamp", "1 second")
            .groupBy(F.session_window("timestamp", F.make_dt_interval(secs=F.lit(2))), (F.col("value") % 3).alias("user"))
            .count())
query = sessions.writeStream.outputMode("append").format("memory").queryName("sessions").start()
