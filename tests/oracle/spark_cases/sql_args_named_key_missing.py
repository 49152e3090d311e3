# expect: SPK097
# spark: raises
# a named marker whose name the args dict does not have
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("pk1")
spark.sql("SELECT * FROM pk1 WHERE op = :op AND id > :min_id", args={"op": "c"}).show()
