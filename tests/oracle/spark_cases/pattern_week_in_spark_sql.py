# expect: SPK090
# spark: raises
spark.createDataFrame([("2024-03-01 10:00:00",)], "created STRING").createOrReplaceTempView("raw_events")
spark.sql("SELECT date_format(to_timestamp(created), 'yyyy-ww') AS week FROM raw_events").show()
