# expect: SPK037
# spark: raises
df = spark.createDataFrame([(1, "a")], "id INT, name STRING")
df.write.mode("overwrite").text("out/batch_two_text")
