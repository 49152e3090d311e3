# expect: none
# spark: runs
spark.createDataFrame([(1, "c"), (2, "d")], "id INT, op STRING").createOrReplaceTempView("events_bound")
spark.sql("SELECT * FROM events_bound WHERE op = :op", args={"op": "c"}).show()
spark.sql("SELECT * FROM events_bound WHERE id > :low", {"low": 1}).show()
spark.sql("SELECT CAST(id AS STRING)::int AS i, '10:00' AS t, CAST(NULL AS STRUCT<a:INT>) AS s FROM events_bound -- :x").show()
