# expect: none
# spark: runs
a = spark.readStream.format("rate").load()
dim = spark.range(10).withColumnRenamed("id", "v2")
q = a.join(dim, a.value == dim.v2, "cross").writeStream.format("console").start()
