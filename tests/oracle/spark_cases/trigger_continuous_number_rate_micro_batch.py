# expect: SPK026
# spark: raises
events = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load()
query = events.writeStream.format("console").trigger(continuous=1).start()
