# expect: SPK022
# spark: runs
counts = spark.readStream.format("rate").load().groupBy("value").count()
for mode in ["complete", "update"]:
    counts.writeStream.outputMode(mode).format("console").start()
