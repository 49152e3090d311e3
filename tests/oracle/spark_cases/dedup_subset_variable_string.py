# expect: SPK059
# spark: raises
# The subset's name comes through a variable: still a string, not a list.
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
key = "id"
out = df.dropDuplicates(key)
