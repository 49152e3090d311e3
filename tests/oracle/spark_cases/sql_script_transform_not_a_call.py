# expect: none
# spark: runs
spark.createDataFrame([(1, "a", "g")], "id INT, name STRING, grp STRING").createOrReplaceTempView("people")
# `TRANSFORM (…) USING 'script'` pipes rows through a program: not the higher-order function `transform`
spark.sql("SELECT TRANSFORM(id, name, grp) USING 'cat' AS (a, b, c) FROM people").show()
