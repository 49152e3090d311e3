# expect: none
# spark: runs
from pyspark.sql.functions import window
ev = (spark.readStream.format("rate").option("rowsPerSecond", 5).load()
      .withWatermark("timestamp", "10 seconds")
      .withColumn("bucket", window("timestamp", "10 seconds")))
q = ev.writeStream.format("console").start()
