# expect: SPK082
# spark: raises
from pyspark.sql import functions as F
spark.range(1).select(F.lit("05.01.2024").cast("date")).collect()
