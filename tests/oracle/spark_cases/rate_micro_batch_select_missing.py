# expect: SPK053
# spark: raises
src = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load()
q = src.select("id").writeStream.format("console").trigger(availableNow=True).start()
