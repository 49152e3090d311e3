# expect: SPK043
# spark: raises
# wait: 10
from pyspark.sql import functions as F
ev = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")

from pyspark.sql.streaming.state import GroupStateTimeout
def f(key, pdfs, state):
    for pdf in pdfs:
        yield pdf[["value"]]
s = ev.withColumn("event_time", F.col("timestamp"))
res = s.groupBy("value").applyInPandasWithState(f, "value long", "n long", "append", GroupStateTimeout.NoTimeout)
q = res.writeStream.outputMode("append").format("console").start()
