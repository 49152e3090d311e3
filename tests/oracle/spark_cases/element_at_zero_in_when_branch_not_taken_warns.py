# expect: SPK086
# spark: runs
from pyspark.sql import functions as F
df = spark.createDataFrame([([1],)], "xs ARRAY<INT>")
df.select(F.when(F.size("xs") > 5, F.element_at("xs", 0))).collect()
