# expect: SPK006
# spark: runs
src = spark.readStream.format("rate").load()
size = lambda: src.count()
query = src.writeStream.format("console").start()
