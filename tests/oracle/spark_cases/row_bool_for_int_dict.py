# expect: SPK072
# spark: raises
flags = spark.createDataFrame([{"id": 1, "deleted": 0}, {"id": True, "deleted": 1}], "id INT, deleted INT")
