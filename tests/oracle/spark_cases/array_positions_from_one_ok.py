# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, ["c", "u", "d"], {0: "zero"})], "id INT, ops ARRAY<STRING>, names MAP<INT, STRING>")
events.select(
    F.element_at("ops", 1).alias("first"),
    F.element_at("ops", -1).alias("last"),
    F.col("ops")[0].alias("first_again"),
    F.slice("ops", 1, 2).alias("first_two"),
    F.element_at("names", 0).alias("key_zero"),
    F.split(F.lit("a,b"), ",").getItem(0).alias("a"),
).show()
