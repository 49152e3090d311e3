# expect: SPK098
# spark: raises
spark.createDataFrame([(1, "a", 10)], "id int, k string, v int").createOrReplaceTempView("t")
spark.sql("""
SELECT id,
       v,
FROM t
""").show()
