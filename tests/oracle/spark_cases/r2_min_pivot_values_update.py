# expect: SPK022 SPK029
# spark: raises
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
p = ev.withColumn("op", (ev.value % 2).cast("string")).groupBy("value").pivot("op", ["0", "1"]).count()
q = p.writeStream.outputMode("update").format("console").start()
