# expect: SPK053
# spark: raises
# held-out h119 (missed before): the column named is read from the frame
df = spark.createDataFrame([(1, 2.0)], "id INT, v DOUBLE")
df.describe("value").show()
