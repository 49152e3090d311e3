# expect: none
# spark: runs
# wait: 12
from pyspark.sql.streaming.state import GroupStateTimeout


def passthrough(key, pdfs, state):
    for pdf in pdfs:
        yield pdf


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 seconds")
result = events.groupBy("value").applyInPandasWithState(
    passthrough, "value long, timestamp timestamp", "n long", "Update", GroupStateTimeout.EventTimeTimeout)
query = result.writeStream.outputMode("update").format("console").start()
