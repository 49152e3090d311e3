# expect: none
# spark: runs
events = spark.createDataFrame([("2024-03-01 09:30:00",)], "ts STRING")
events.createOrReplaceTempView("events_utc")
spark.sql("""
    SELECT from_utc_timestamp(to_timestamp(ts), 'Europe/Moscow') AS moscow,
           to_utc_timestamp(to_timestamp(ts), "+03:00") AS utc,
           convert_timezone('UTC', 'Asia/Kolkata', to_timestamp_ntz(ts)) AS kolkata,
           convert_timezone('EST', to_timestamp_ntz(ts)) AS eastern
    FROM events_utc""").collect()
