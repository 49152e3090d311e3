# expect: SPK078
# spark: raises
# held-out h122 (wrong message before): an aggregate in an aggregate's FILTER clause
spark.createDataFrame([("a", 1)], "k STRING, v INT").createOrReplaceTempView("qc23")
spark.sql("SELECT k, SUM(v) FILTER (WHERE v > AVG(v)) AS n FROM qc23 GROUP BY k").show()
