# expect: SPK009
# spark: raises
spark.readStream.format("rate").option("rowsPerSecond", 5).load().createOrReplaceTempView("changes")
latest = spark.sql("""
    SELECT value, timestamp FROM (
      SELECT *, ROW_NUMBER() OVER (PARTITION BY value % 4 ORDER BY timestamp DESC) AS rn FROM changes
    ) WHERE rn = 1
""")
query = latest.writeStream.format("console").start()
