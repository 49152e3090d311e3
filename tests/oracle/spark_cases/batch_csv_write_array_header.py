# expect: SPK031
# spark: raises
df = spark.createDataFrame([(1, ["a"])], "id INT, tags ARRAY<STRING>")
df.write.mode("overwrite").option("header", True).csv("out/batch_array_csv")
