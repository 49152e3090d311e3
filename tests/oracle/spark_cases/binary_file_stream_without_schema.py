# expect: SPK034
# spark: raises
files = spark.readStream.format("binaryFile").load("landing/files").select("path", "length")
query = files.writeStream.format("console").start()
