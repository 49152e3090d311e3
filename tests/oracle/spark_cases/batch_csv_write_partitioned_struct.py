# expect: SPK031
# spark: raises
events = spark.createDataFrame([(1, "c", (1, "a"))], "id INT, op STRING, after STRUCT<id: INT, name: STRING>")
events.write.mode("overwrite").partitionBy("op").csv("out/batch_partitioned_struct_csv")
