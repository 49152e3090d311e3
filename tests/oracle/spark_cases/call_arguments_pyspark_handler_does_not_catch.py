# expect: SPK071
# spark: raises
from pyspark.errors import PySparkTypeError
try:
    spark.range(10).limit(5, 2).show()
except PySparkTypeError:
    print("a PySpark type error")
