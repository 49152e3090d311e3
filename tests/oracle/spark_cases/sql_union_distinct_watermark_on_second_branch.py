# expect: SPK001
# spark: raises
# wait: 12
# the union's columns are its first input's: the second branch's watermark marks none of them (review s15)
from pyspark.sql.functions import col, expr

def stream(name, key, time, wm=True):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time))
    if wm:
        frame = frame.withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)
    return frame

stream("a", "id", "ts", wm=False); stream("b", "id", "ts")
j = spark.sql("SELECT id, ts FROM a UNION SELECT id, ts FROM b")
query = j.writeStream.outputMode("append").format("console").start()
