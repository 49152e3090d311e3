# expect: none
# spark: runs
# (a held-out program of 2026-12-04 that Spark runs)
snapshot = spark.range(5)
if snapshot.isStreaming:
    query = snapshot.writeStream.format("console").start()
else:
    snapshot.show()
