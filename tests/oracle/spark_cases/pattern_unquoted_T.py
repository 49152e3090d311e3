# expect: SPK090
# spark: raises
from pyspark.sql import functions as F

ev = spark.createDataFrame([("2024-01-05T10:00:00",)], "ts STRING")
ev.select(F.to_timestamp("ts", "yyyy-MM-ddTHH:mm:ss").alias("t")).collect()
