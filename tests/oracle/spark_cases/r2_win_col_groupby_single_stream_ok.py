# expect: none
# spark: runs
from pyspark.sql.functions import window, count
ev = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
      .withWatermark("timestamp", "10 seconds")
      .withColumn("bucket", window("timestamp", "10 seconds")))
q = ev.groupBy("bucket").agg(count("*")).writeStream.outputMode("append").format("console").start()
