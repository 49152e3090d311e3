# expect: SPK080
# spark: raises
spark.createDataFrame([(1, "Ada")], "id INT, name STRING").createOrReplaceTempView("people_view")
spark.sql("UPDATE people_view SET name = 'x' WHERE id = 1")
