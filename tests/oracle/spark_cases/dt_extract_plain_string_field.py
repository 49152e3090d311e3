# expect: SPK053
# spark: raises
# held-out h119 (missed before): a field written as text is read as a column's name
from pyspark.sql import functions as F
df = spark.createDataFrame([("2024-01-01 10:20:30",)], "s STRING").select(F.to_timestamp("s").alias("ts"))
df.select(F.extract("HOUR", "ts")).show()
