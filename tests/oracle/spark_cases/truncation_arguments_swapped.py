# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
df = spark.createDataFrame([("2024-01-31 10:11:12",)], "s STRING").withColumn("ts", F.col("s").cast("timestamp"))
df.select(F.date_trunc("ts", "hour").alias("h")).show()
