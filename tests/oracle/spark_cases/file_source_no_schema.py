# expect: SPK034
# spark: raises
# planted: streaming JSON file source without schema (SPK034 was added for it)
spark.createDataFrame([("c", 1, 1767225600000)], "op STRING, id LONG, ts_ms LONG") \
    .write.mode("overwrite").json("landing/orders")
changes = spark.readStream.json("landing/orders")
query = changes.writeStream.format("console").start()
