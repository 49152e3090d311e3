# expect: none
# spark: runs
# The partition column goes into the folders' names: the files hold the one string column left.
logs = spark.createDataFrame([("boot ok", 3, "INFO")], "value STRING, day INT, level STRING")
logs.write.mode("overwrite").partitionBy("level", "day").text("out/batch_partitioned_text")
