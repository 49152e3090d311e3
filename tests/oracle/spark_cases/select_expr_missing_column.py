# expect: SPK053
# spark: raises
src = spark.readStream.format("rate").load()
query = src.selectExpr("valu AS v").writeStream.format("console").start()
