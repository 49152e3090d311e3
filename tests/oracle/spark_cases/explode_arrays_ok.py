# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "a,b", ["x"], {"k": 1})], "id INT, items STRING, arr ARRAY<STRING>, m MAP<STRING, INT>")
df.select(F.explode("arr"), F.explode(F.split("items", ",")).alias("s")).show()
df.withColumn("items", F.split("items", ",")).select(F.explode("items")).show()
df.withColumn("items", F.from_json(F.lit('["p", "q"]'), "array<string>")).select(F.posexplode("items")).show()
df.select("id", F.explode_outer("m")).show()
