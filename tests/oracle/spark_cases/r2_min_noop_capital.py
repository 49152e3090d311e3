# expect: SPK013
# spark: raises
ev = spark.readStream.format("rate").load()
q = ev.writeStream.format("Noop").start()
