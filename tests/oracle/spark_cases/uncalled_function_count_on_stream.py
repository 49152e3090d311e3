# expect: SPK006
# spark: runs
src = spark.readStream.format("rate").load()


def debug_size():
    return src.count()


query = src.writeStream.format("console").start()
