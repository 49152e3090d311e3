# expect: SPK022
# spark: runs
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
a = ev.groupBy((ev.value % 2).alias("k")).count()
b = ev.groupBy((ev.value % 3 + 10).alias("k")).count()
q = a.unionByName(b).writeStream.outputMode("update").format("console").start()
