# expect: none
# spark: runs
df = spark.createDataFrame([("a", "1.5")], "k STRING, amount STRING")
df.createOrReplaceTempView("t")
s = spark.sql("SELECT k, CAST(amount AS DOUBLE) AS amount FROM t")
s.groupBy("k").sum("amount").show()
from pyspark.sql import functions as F
raw = spark.createDataFrame([("a", '{"id": 1}', "x,y")], "k STRING, after STRING, tags STRING")
raw.createOrReplaceTempView("raw")
parsed = spark.sql("SELECT k, from_json(after, 'id INT') AS after, split(tags, ',') AS tags FROM raw")
parsed.select("after.id", F.explode("tags").alias("tag"), F.size("tags").alias("n")).show()
