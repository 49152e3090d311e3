# expect: none
# spark: runs
# markers bound by a list and by a dict, and a `?` or `:x` inside strings and comments, are fine
spark.createDataFrame([(1, "c")], "id INT, op STRING").createOrReplaceTempView("pk3")
spark.sql("SELECT * FROM pk3 WHERE id = ? AND op = ?", args=[1, "c"]).show()
spark.sql("SELECT * FROM pk3 WHERE op = :op", args={"op": "c"}).show()
spark.sql("SELECT * FROM pk3 WHERE id = ?", [1]).show()
spark.sql("SELECT 'why?' AS q, ':x' AS r FROM pk3 -- is it ?\n").show()
params = {"op": "c"}
spark.sql("SELECT * FROM pk3 WHERE op = :op", args=params).show()
