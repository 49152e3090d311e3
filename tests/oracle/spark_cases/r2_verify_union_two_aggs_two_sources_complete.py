# expect: none
# spark: runs
# wait: 8
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
x = a.groupBy((a.value % 2).alias("k")).count()
y = b.groupBy((b.value % 3 + 10).alias("k")).count()
q = x.union(y).writeStream.outputMode("complete").format("memory").queryName("u4").start()
