# expect: SPK001
# spark: raises
def read_topics():
    return spark.readStream.format("rate").load(), spark.readStream.format("rate").load()
orders, customers = read_topics()
counts = orders.groupBy("value").count()
query = counts.writeStream.outputMode("append").format("console").start()
