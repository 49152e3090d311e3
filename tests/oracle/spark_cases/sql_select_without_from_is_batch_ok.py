# expect: none
# spark: runs
now = spark.sql("SELECT current_timestamp() AS ts")
now.withWatermark("ts", "1 minute").collect()
