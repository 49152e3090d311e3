# expect: none
# spark: runs
a = spark.createDataFrame([(1, 10.0), (2, 10.5), (3, None)], ["id", "amount"])
b = spark.createDataFrame([(1, 10), (2, "ten")], ["id", "amount"])
c = spark.createDataFrame([(1.0, "x"), (2.5, "y")], "id DOUBLE, v STRING")
d = spark.createDataFrame([(None, 1), (None, 2)], "k STRING, v INT")
a.show(); b.show(); c.show(); d.show()
