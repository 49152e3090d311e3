# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, ["a", "b"], {"k": "v"})], "id INT, tags ARRAY<STRING>, m MAP<STRING, STRING>")

def tagged(column):
    return column

ev.select("id", F.explode("tags").alias("tag"), F.explode("m").name("k", "v")).show()
ev.select([F.col("id"), F.posexplode("tags").alias("pos", "tag")]).show()
ev.withColumn("tag", F.explode("tags")).filter(F.col("tag") == "a").show()
ev.select(tagged(F.explode("tags"))).show()
ev.select(F.size("tags"), F.upper(F.col("tags")[0])).show()
