# expect: SPK040
# spark: raises
events = spark.readStream.format("rate").load()
events.writeStream.partitionBy("day").option("checkpointLocation", "chk").toTable("bronze_events")
