# expect: SPK053
# spark: raises
# held-out h119 (missed before): the column named is read from the frame
df = spark.createDataFrame([(1, 10, 20)], "id INT, q1 INT, q2 INT")
df.unpivot("id", ["q1", "q3"], "quarter", "sales").show()
