# expect: SPK031
# spark: raises
df = spark.createDataFrame([(1, (1, "a"))], "id INT, after STRUCT<id: INT, name: STRING>")
df.write.mode("overwrite").csv("out/batch_struct_csv")
