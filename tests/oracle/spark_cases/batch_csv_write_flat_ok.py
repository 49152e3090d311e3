# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, (1, "a"))], "id INT, after STRUCT<id: INT, name: STRING>")
df.select("id", F.col("after.name").alias("name")).write.mode("overwrite").csv("out/batch_flat_csv")
df.write.mode("overwrite").json("out/batch_struct_json")
df.write.format("parquet").mode("overwrite").save("out/batch_struct_parquet")
