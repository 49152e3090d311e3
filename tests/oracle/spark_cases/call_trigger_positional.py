# expect: SPK071
# spark: raises
events = spark.readStream.format("rate").load()
query = events.writeStream.format("console").trigger("5 seconds").start()
