# expect: none
# spark: runs
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, None)], "id INT, total DOUBLE")
try:
    ev.select(F.coalesce(F.col("total"), 0)).show()
except TypeError as error:
    print(error)
