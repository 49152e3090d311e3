# expect: SPK065
# spark: raises
import os

os.makedirs("events_in", exist_ok=True)
events = spark.readStream.schema("id BIGINT, op STRING, ts datetime").json("events_in")
