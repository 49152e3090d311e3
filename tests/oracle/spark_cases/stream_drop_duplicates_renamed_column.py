# expect: SPK052
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumnRenamed("value", "order_id")
unique = events.dropDuplicates(["value"])
