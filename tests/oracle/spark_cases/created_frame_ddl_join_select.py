# expect: SPK053
# spark: raises
src = spark.readStream.format("rate").load()
users = spark.createDataFrame([(1, "a")], "value BIGINT, login STRING")
q = src.join(users, "value").select("email").writeStream.format("console").start()
