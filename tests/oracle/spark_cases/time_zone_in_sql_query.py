# expect: SPK091
# spark: raises
spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING").createOrReplaceTempView("events")
spark.sql("SELECT from_utc_timestamp(to_timestamp(ts), 'MSK') AS local_ts FROM events").show()
