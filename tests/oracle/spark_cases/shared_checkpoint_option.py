# expect: SPK012
# spark: runs
# observe: first_query_stopped
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
to_json = (orders.writeStream.format("json").option("path", "out/json")
           .option("checkpointLocation", "checkpoints/orders").start())
to_csv = (orders.writeStream.format("csv").option("path", "out/csv")
          .option("checkpointLocation", "checkpoints/orders").start())
