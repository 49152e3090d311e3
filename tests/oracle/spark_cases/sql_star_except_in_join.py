# expect: SPK025
# spark: runs
a = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
b = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumnRenamed("timestamp", "ts")
a.createOrReplaceTempView("a")
b.createOrReplaceTempView("b")
# `* EXCEPT (…)` drops a column: no set operation
joined = spark.sql("SELECT * EXCEPT (ts) FROM a JOIN b USING (value)")
query = joined.writeStream.format("console").start()
