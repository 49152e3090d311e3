# expect: SPK034
# spark: raises
spark.createDataFrame([("a",)], "line STRING").write.mode("overwrite").text("landing/files")
files = spark.readStream.format("binaryFile").load("landing/files").select("path", "length")
query = files.writeStream.format("console").start()
