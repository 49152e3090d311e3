# expect: SPK053
# spark: raises
# A left semi join keeps the left side's columns only: `segment` is the right side's.
events = spark.readStream.format("rate").load()
dim = spark.range(3).withColumnRenamed("id", "value").selectExpr("value", "'VIP' AS segment")
known = events.join(dim, "value", "left_semi")
query = known.select("value", "segment").writeStream.format("console").start()
