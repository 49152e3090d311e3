# expect: SPK078
# spark: raises
spark.createDataFrame([("a", 1), ("a", 2), ("b", 1)], "k STRING, n INT").createOrReplaceTempView("counts_where")
spark.sql("SELECT k, COUNT(*) AS c FROM counts_where WHERE COUNT(*) > 1 GROUP BY k").show()
