# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, 20240105)], "id INT, day INT")
ev.filter(F.year("day") == 2024).collect()
