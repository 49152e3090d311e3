# expect: SPK039
# spark: raises
query = spark.readStream.format("rate").load().writeStream.foreachBatch(lambda batch: batch.count()).start()
