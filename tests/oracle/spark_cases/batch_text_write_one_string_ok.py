# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "a")], "id INT, name STRING")
df.select(F.concat_ws(",", F.col("id").cast("string"), "name").alias("line")).write.mode("overwrite").text("out/batch_one_text")
