# expect: none
# spark: runs
src = spark.readStream.format("rate").load()
query = src.select("value", "user", "current_date", "current_timestamp", "current_user", "session_user").writeStream.format("console").start()
