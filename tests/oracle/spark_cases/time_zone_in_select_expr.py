# expect: SPK091
# spark: raises
events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING")
events.selectExpr("convert_timezone('UTC', 'Europe/Moskow', to_timestamp_ntz(ts)) AS local_ts").collect()
