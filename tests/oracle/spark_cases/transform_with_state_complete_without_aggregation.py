# expect: SPK030
# spark: raises
from pyspark.sql.streaming.stateful_processor import StatefulProcessor


class Echo(StatefulProcessor):
    def init(self, handle):
        pass

    def handleInputRows(self, key, rows, timerValues):
        for pdf in rows:
            yield pdf[["value"]]

    def close(self):
        pass


spark.conf.set("spark.sql.streaming.stateStore.providerClass",
               "org.apache.spark.sql.execution.streaming.state.RocksDBStateStoreProvider")
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
result = events.groupBy("value").transformWithStateInPandas(Echo(), "value long", "Update", "None")
query = result.writeStream.outputMode("complete").format("console").start()
