# expect: SPK030
# spark: raises
from pyspark.sql.streaming.state import GroupStateTimeout


def passthrough(key, pdfs, state):
    for pdf in pdfs:
        yield pdf


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
result = events.groupBy("value").applyInPandasWithState(
    passthrough, "value long, timestamp timestamp", "n long", "Append", GroupStateTimeout.NoTimeout)
query = result.writeStream.outputMode("update").format("console").start()
