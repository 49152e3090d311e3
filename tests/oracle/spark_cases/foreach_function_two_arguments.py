# expect: SPK049
# spark: raises
# wait: 12
def send(row, epoch_id):
    pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
events.writeStream.foreach(send).start()
