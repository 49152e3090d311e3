# expect: SPK053
# spark: raises
src = spark.readStream.format("rate").load()
def keep(batches):
    for pdf in batches:
        yield pdf[["value"]]
q = src.mapInPandas(keep, schema="value long").select("timestamp").writeStream.format("console").start()
