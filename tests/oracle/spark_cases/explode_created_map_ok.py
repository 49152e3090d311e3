# expect: none
# spark: runs
# planted: none (a map made with create_map explodes into `key` and `value`)
from pyspark.sql import functions as F

changes = spark.createDataFrame([("c", 1)], "op STRING, id BIGINT")
pairs = changes.select(F.create_map(F.lit("op"), F.col("op")).alias("m")).select(F.explode("m"))
pairs.select("key", "value").show()
