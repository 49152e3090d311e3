# expect: SPK032
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("ticks")
windows = spark.sql("SELECT window(value, '10 seconds') AS w, value FROM ticks")
query = windows.writeStream.format("console").start()
