# expect: SPK053
# spark: raises
# planted: `col` read after exploding a map made with create_map (its columns are `key` and `value`)
from pyspark.sql import functions as F

changes = spark.createDataFrame([("c", 1)], "op STRING, id BIGINT")
pairs = changes.select(F.create_map(F.lit("op"), F.col("op")).alias("m")).select(F.explode("m"))
pairs.select("col").show()
