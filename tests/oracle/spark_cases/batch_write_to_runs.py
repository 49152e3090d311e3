# expect: none
# spark: runs
events = spark.range(3)
writer = events.writeTo("events_raw")
