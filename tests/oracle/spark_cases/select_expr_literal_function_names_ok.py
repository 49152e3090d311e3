# expect: none
# spark: runs
src = spark.readStream.format("rate").load()
query = src.selectExpr("value", "user", "current_date AS day", "null").writeStream.format("console").start()
