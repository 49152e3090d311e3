# expect: none
# spark: runs
events = spark.createDataFrame([(1, "c", True)], "id INT, op STRING, live BOOLEAN")
events.filter("op LIKE ANY ('c%', 'r%') AND NOT op LIKE ALL ('x%') AND live").collect()
