# expect: none
# spark: runs
spark.range(3).write.mode("overwrite").json("landing/ids")
spark.sql("SET spark.sql.streaming.schemaInference=true")
ids = spark.readStream.json("landing/ids")
query = ids.writeStream.format("console").start()
