# expect: SPK010
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("events")
spark.createDataFrame([(0, "even"), (1, "odd")], "parity BIGINT, label STRING").createOrReplaceTempView("labels")
joined = spark.sql("SELECT l.label, e.value FROM labels l LEFT JOIN events e ON e.value % 2 = l.parity")
query = joined.writeStream.format("console").start()
