# expect: SPK004
# spark: raises
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
counts = events.groupBy("value").count().selectExpr("CAST(count AS STRING) AS value")
query = (counts.writeStream.outputMode("complete").format("text")
         .option("path", "out/counts").option("checkpointLocation", "chk/counts").start())
