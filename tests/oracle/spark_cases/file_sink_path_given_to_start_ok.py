# expect: none
# spark: runs
ev = spark.readStream.format("rate").load()
query = ev.writeStream.format("json").option("checkpointLocation", "chk").start("out")
