# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, ["a"], {"k": "v"})], "id INT, tags ARRAY<STRING>, headers MAP<STRING, STRING>")
out = ev.select("id", F.posexplode("tags").alias("position", "tag"), F.lit(1).alias("one"))
out.select("position", "tag", "one").show()
pairs = ev.select("id", F.explode("headers").alias("name", "text"))
pairs.select("name", "text").show()
mapped = ev.select(F.posexplode_outer("headers").alias("p", "k", "v"))
mapped.select("p", "k", "v").show()
