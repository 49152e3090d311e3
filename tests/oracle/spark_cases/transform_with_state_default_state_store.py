# expect: SPK047
# spark: raises
# wait: 30
from pyspark.sql.streaming.stateful_processor import StatefulProcessor


class Echo(StatefulProcessor):
    def init(self, handle):
        pass

    def handleInputRows(self, key, rows, timerValues):
        for pdf in rows:
            yield pdf[["value"]]

    def close(self):
        pass


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
result = events.groupBy("value").transformWithStateInPandas(Echo(), "value long", "Append", "None")
query = result.writeStream.format("console").start()
