# expect: SPK001
# spark: raises
from pyspark.sql.functions import window

class CdcPipeline:
    def __init__(self, session):
        self.events = session.readStream.format("rate").load()

    def counts(self):
        return self.events.groupBy(window("timestamp", "5 seconds")).count()

    def run(self):
        return self.counts().writeStream.outputMode("append").format("console").start()

query = CdcPipeline(spark).run()
