# expect: SPK053
# spark: raises
df = spark.createDataFrame([(1, "a")], ["k", "v"])
df.select("nope").show()
