# expect: SPK011
# spark: raises
# start() refuses foreachBatch with a continuous trigger before the source is looked at.
src = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load()
q = src.writeStream.foreachBatch(lambda batch, batch_id: None).trigger(continuous="1 second").start()
