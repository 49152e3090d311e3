# expect: SPK053
# spark: raises
# A filter's condition given as SQL text reads a column no step had.
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.filter("status = 'paid' AND qty > 1")
