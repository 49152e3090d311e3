# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("op", F.lit("c"))
counts = events.groupBy("op").agg(F.count("*").alias("n")).select("op", "n", F.col("value"))
