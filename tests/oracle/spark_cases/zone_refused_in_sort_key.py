# expect: SPK091
# spark: raises
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "2024-01-01 00:00:00")], "id INT, ts STRING")
df.orderBy(F.from_utc_timestamp("ts", "CEST")).show()
