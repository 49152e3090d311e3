# expect: SPK053
# spark: raises
messages = spark.createDataFrame([(bytearray(b'{"after": {"id": 1}}'), "orders")], "value BINARY, topic STRING")
messages.select("value.after", "topic").show()
