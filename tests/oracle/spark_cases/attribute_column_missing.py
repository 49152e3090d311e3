# expect: SPK053
# spark: raises
src = spark.readStream.format("rate").load()
q = src.select(src.value, src.referrer).writeStream.format("console").start()
