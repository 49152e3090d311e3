# expect: none
# spark: runs
# A writer saves a folder of part files, whatever its name: read back, it has its partition column.
logs = spark.createDataFrame([("boot ok", "INFO")], "value STRING, level STRING")
logs.write.mode("overwrite").partitionBy("level").text("/tmp/mdxlint-oracle-app_logs.txt")
spark.read.text("/tmp/mdxlint-oracle-app_logs.txt").select("value", "level").show()
