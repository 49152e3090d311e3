# expect: SPK082
# spark: raises
# planted: F.lit of a fraction cast to INT (ANSI mode reads digits only)
from pyspark.sql import functions as F

changes = spark.createDataFrame([("c",)], "op STRING")
changes.select("op", F.lit("1.5").cast("int").alias("qty")).show()
