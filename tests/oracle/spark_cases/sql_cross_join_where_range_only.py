# expect: SPK010
# spark: raises
# wait: 12
# a CROSS JOIN with only a time range in WHERE: no equality for the streaming join (review s15)
from pyspark.sql.functions import col, expr

def stream(name, key, time, wm=True):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time))
    if wm:
        frame = frame.withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)
    return frame

stream("a", "id", "ts"); stream("b", "bid", "bts")
j = spark.sql("SELECT a.id FROM a CROSS JOIN b WHERE b.bts BETWEEN a.ts AND a.ts + INTERVAL 5 SECONDS")
query = j.writeStream.format("console").start()
