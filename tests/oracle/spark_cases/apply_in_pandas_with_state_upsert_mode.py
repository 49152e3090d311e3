# expect: SPK038
# spark: raises
import pandas as pd


def count_events(key, batches, state):
    yield pd.DataFrame({"value": [key[0]], "n": [0]})


events = spark.readStream.format("rate").load()
counts = events.groupBy("value").applyInPandasWithState(
    count_events, "value long, n long", "n long", outputMode="upsert", timeoutConf="NoTimeout")
