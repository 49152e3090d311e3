# expect: SPK007
# spark: raises
topics = [spark.readStream.format("rate").load() for t in ("a", "b")]
ordered = topics[0].orderBy("timestamp")
query = ordered.writeStream.format("console").start()
