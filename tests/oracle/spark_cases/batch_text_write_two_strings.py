# expect: SPK037
# spark: raises
df = spark.createDataFrame([("1", "a")], "id STRING, name STRING")
df.write.format("text").mode("overwrite").save("out/batch_two_strings_text")
