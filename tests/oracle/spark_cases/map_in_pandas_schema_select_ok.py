# expect: none
# spark: runs
src = spark.readStream.format("rate").load()


def keep(batches):
    for pdf in batches:
        yield pdf[["value"]]


query = src.mapInPandas(keep, schema="value long").select("value").writeStream.format("console").start()
