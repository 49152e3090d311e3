# expect: SPK001
# spark: raises
# wait: 10
# FROM inside extract() names no view (review s15)
from pyspark.sql.functions import col, expr

def stream(name, key, time, wm=True):
    frame = spark.readStream.format("rate").option("rowsPerSecond", 10).load()
    frame = frame.select(col("value").alias(key), col("timestamp").alias(time))
    if wm:
        frame = frame.withWatermark(time, "2 seconds")
    frame.createOrReplaceTempView(name)
    return frame

stream("a", "id", "ts", wm=False); stream("b", "id", "ts", wm=False)
j = spark.sql("SELECT extract(SECOND FROM ts) AS s FROM a UNION SELECT extract(SECOND FROM ts) AS s FROM b")
query = j.writeStream.outputMode("append").format("console").start()
