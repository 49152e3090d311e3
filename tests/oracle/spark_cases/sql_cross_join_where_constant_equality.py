# expect: SPK010
# spark: raises
# wait: 12
# an equality with a constant is no join key (review s15)
from pyspark.sql.functions import col, expr

def stream(name, key, time, wm=True):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time))
    if wm:
        frame = frame.withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)
    return frame

stream("a", "id", "ts"); stream("b", "bid", "bts")
j = spark.sql("SELECT a.id FROM a CROSS JOIN b WHERE a.id = 5")
query = j.writeStream.format("console").start()
