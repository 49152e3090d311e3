# expect: SPK070
# spark: raises
spark.createDataFrame([("a", 1), ("b", 2)], "k STRING, n INT").createOrReplaceTempView("totals_nested")
spark.sql("SELECT MAX(SUM(n)) FROM totals_nested GROUP BY k").show()
