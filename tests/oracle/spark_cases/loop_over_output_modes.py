# expect: SPK001
# spark: raises
# The loop's values are known: its second turn writes the aggregation in append mode.
counts = spark.readStream.format("rate").load().groupBy("value").count()
for mode in ["complete", "append"]:
    counts.writeStream.outputMode(mode).format("console").start()
