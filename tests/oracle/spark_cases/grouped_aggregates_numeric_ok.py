# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([("a", "n", 1, True)], "k STRING, note STRING, amount INT, flag BOOLEAN")
df.withColumn("note", F.length("note")).groupBy("k").sum("note").show()
df.select("k", F.col("amount").cast("string").cast("int").alias("note")).groupBy("k").sum("note").show()
df.selectExpr("k", "length(note) AS note").groupBy("k").avg("note").show()
df.withColumns({"flag": F.col("flag").cast("int")}).groupBy("k").max("flag").show()
df.groupBy("k").agg(F.max("note"), F.min("flag")).show()
df.groupBy("k").sum("amount").show()
df.groupBy().mean("amount").show()
