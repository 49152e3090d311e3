# expect: SPK030
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.createOrReplaceTempView("ev")
sampled = spark.sql("SELECT * FROM ev TABLESAMPLE (10 PERCENT)")
query = sampled.writeStream.format("console").start()
