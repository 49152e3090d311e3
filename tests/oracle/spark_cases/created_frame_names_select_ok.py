# expect: none
# spark: runs
src = spark.readStream.format("rate").load()
users = spark.createDataFrame([(1, "a")], ["value", "login"])
query = src.join(users, "value").select("value", "login", "timestamp").writeStream.format("console").start()
