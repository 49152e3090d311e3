# expect: SPK053 SPK053
# spark: raises
# A column named inside an expression of select: `col("…")` under an alias, and the name a function
# takes as its first argument (held-out h29).
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "a")], ["id", "name"])
events.select(F.col("nme").alias("n"), F.upper("nmae").alias("u")).show()
