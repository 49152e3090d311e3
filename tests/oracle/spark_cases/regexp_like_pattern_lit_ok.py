# expect: none
# spark: runs
# held-out h119: a pattern given as a literal, and a format and a field too, are values
from pyspark.sql import functions as F
df = spark.createDataFrame([("a1b22", "2024-01-02")], "s STRING, d STRING")
df.select(F.regexp_like("s", F.lit(r"\d")), F.try_to_timestamp("d", F.lit("yyyy-MM-dd")).alias("t"),
          F.extract(F.lit("YEAR"), F.to_timestamp("d"))).show()
