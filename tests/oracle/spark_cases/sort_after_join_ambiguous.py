# expect: SPK056
# spark: raises
# orderBy a name both sides of a join on a condition have.
a = spark.createDataFrame([(1, "x")], "id INT, v STRING")
b = spark.createDataFrame([(1, "y")], "id INT, w STRING")
out = a.join(b, a.id == b.id).orderBy("id")
