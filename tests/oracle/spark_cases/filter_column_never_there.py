# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c", 2)], ["id", "op", "qty"])
changes.filter(F.col("opp") == "c").collect()
