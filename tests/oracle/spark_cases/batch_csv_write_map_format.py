# expect: SPK031
# spark: raises
df = spark.createDataFrame([(1, {"a": "b"})], "id INT, m MAP<STRING, STRING>")
df.write.format("csv").mode("overwrite").save("out/batch_map_csv")
