# expect: none
# spark: runs
ev = spark.createDataFrame([(1, 5, "c")], "id INT, lsn BIGINT, op STRING")
ev.groupBy("id").max().select("id", "max(id)", "max(lsn)").show()
ev.groupBy("op").mean().select("op", "avg(id)", "avg(lsn)").show()
ev.groupBy("op").sum().select("sum(id)", "sum(lsn)").show()
