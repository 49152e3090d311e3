# expect: none
# spark: runs
stream = spark.readStream.load(None, "rate")
stream.printSchema()
