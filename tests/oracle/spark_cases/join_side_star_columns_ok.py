# expect: none
# spark: runs
o = spark.createDataFrame([(10, 1)], "order_id INT, id INT")
c = spark.createDataFrame([(1, "Ann")], "id INT, name STRING")
o.join(c, o.id == c.id).select(o["*"], c["name"]).select("id", "name").show()
o.join(c, o.id == c.id).select(o["*"], c["*"]).select("order_id", "name").show()
