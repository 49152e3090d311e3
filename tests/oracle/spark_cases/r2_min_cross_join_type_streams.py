# expect: SPK010
# spark: raises
a = spark.readStream.format("rate").load()
b = spark.readStream.format("rate").load().withColumnRenamed("value", "v2").withColumnRenamed("timestamp", "t2")
q = a.join(b, a.value == b.v2, "cross").writeStream.format("console").start()
