# expect: SPK009
# spark: raises
events = spark.readStream.format("rate").load()
events.createOrReplaceTempView("events")
numbered = spark.sql("""SELECT value, count(*) OVER w AS n FROM events
WINDOW w AS (PARTITION BY value % 3 ORDER BY timestamp)""")
query = numbered.writeStream.format("console").start()
