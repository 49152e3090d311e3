# expect: SPK053
# spark: raises
# held-out h119 (missed before): regexp_like reads a pattern written as text as a column's name
from pyspark.sql import functions as F
df = spark.createDataFrame([("a1b22",)], "s STRING")
df.select(F.regexp_like("s", "abc")).show()
