# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.range(5).withColumn("op", F.lit("c")).drop("op")
latest = changes.select("id", "op")
