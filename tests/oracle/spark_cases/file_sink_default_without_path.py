# expect: SPK048
# spark: raises
ev = spark.readStream.format("rate").load()
query = ev.writeStream.start()
