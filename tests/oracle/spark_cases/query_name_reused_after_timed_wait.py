# expect: SPK028
# spark: runs
# The first query ends by itself (availableNow) within the timed wait: its name is free again, which
# the model cannot know; SPK028 is a warning there, not an error (held-out h29).
src = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 5).load()
q1 = src.writeStream.format("memory").queryName("cdc_once").trigger(availableNow=True).start()
q1.awaitTermination(20)
q2 = src.writeStream.format("memory").queryName("cdc_once").trigger(availableNow=True).start()
q2.awaitTermination(20)
