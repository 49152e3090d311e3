# expect: SPK086
# spark: raises
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "2024-01-01 00:00:00")], "id INT, ts STRING")
df.groupBy("id").agg(F.element_at(F.collect_list("ts"), 0).alias("first_ts")).show()
