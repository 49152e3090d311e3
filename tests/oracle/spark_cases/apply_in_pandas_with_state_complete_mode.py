# expect: SPK038
# spark: raises
import pandas as pd


def count_events(key, batches, state):
    total = sum(len(batch) for batch in batches)
    yield pd.DataFrame({"value": [key[0]], "n": [total]})


events = spark.readStream.format("rate").load()
counts = events.groupBy("value").applyInPandasWithState(
    count_events, "value long, n long", "n long", "complete", "NoTimeout")
