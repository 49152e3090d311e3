# expect: SPK007
# spark: raises
# planted: SPK007 (randomSplit sorts every partition; the splits of a stream are refused at start)
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
train, test = events.randomSplit([0.8, 0.2], seed=42)
query = train.writeStream.format("console").start()
