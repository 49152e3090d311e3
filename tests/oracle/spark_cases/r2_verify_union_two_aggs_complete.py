# expect: none
# spark: runs
# wait: 8
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
by_parity = ev.groupBy((ev.value % 2).alias("k")).count()
by_mod3 = ev.groupBy((ev.value % 3 + 10).alias("k")).count()
q = by_parity.union(by_mod3).writeStream.outputMode("complete").format("memory").queryName("u2").start()
