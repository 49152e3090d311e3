# expect: SPK053
# spark: raises
# `col("after")["mail"]` reads the field `mail` of the struct `after`, which has `email`.
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
events = src.select(F.struct(F.col("value").alias("id"), F.lit("a@x.io").alias("email")).alias("after"))
out = events.select(F.col("after")["mail"])
