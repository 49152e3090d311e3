# expect: SPK011
# spark: raises
# planted: SPK011 (now() in SQL text reads the current time: continuous processing refuses it; held-out program)
changes = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
recent = changes.where("timestamp < now()")
query = recent.writeStream.format("console").trigger(continuous="1 second").start()
