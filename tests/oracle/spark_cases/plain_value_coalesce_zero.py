# expect: SPK066
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, None)], "id INT, total DOUBLE")
ev.select(F.coalesce(F.col("total"), 0).alias("total")).show()
