# expect: SPK057
# spark: raises
# held-out h122 (missed before): a column beside an aggregate in a query with no GROUP BY
spark.createDataFrame([("a", 1)], "k STRING, v INT").createOrReplaceTempView("qc39")
spark.sql("SELECT k, SUM(v) FROM qc39").show()
