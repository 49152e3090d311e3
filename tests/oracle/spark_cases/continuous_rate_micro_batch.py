# expect: SPK011
# spark: raises
rows = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 5).load()
rows.writeStream.format("console").trigger(continuous="1 second").start()
