# expect: none
# spark: runs
# The `else` branch reads `self.df` as it was before the `if`, not as the other branch left it.
import os
class Pipeline:
    def __init__(self, streaming):
        self.df = spark.readStream.format("rate").load()
        if streaming:
            self.df = self.df.selectExpr("CAST(value AS STRING) AS json")
        else:
            self.df = self.df.select("value", "timestamp")

pipeline = Pipeline(os.environ.get("AS_JSON") == "1")
query = pipeline.df.writeStream.format("noop").start()
