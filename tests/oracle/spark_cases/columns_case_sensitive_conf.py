# expect: SPK053
# spark: raises
# With spark.sql.caseSensitive=true, `VALUE` is not the column `value`.
spark.conf.set("spark.sql.caseSensitive", "true")
events = spark.readStream.format("rate").load()
query = events.select("VALUE").writeStream.format("console").start()
