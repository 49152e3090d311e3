# expect: SPK006
# spark: raises
numbers = spark.range(10)
query = numbers.writeStream.format("console").start()
