# expect: none
# spark: runs
from pyspark.errors import ParseException
from pyspark.sql import functions as F

raw = spark.createDataFrame([("1",)], "value STRING")
try:
    raw.select(F.col("value").cast("int64"))
except ParseException as error:
    print("Spark has no int64:", error)
