# expect: none
# spark: runs
from pyspark.errors import AnalysisException
a = spark.createDataFrame([(1, "c", 100)], ["id", "op", "ts_ms"])
b = spark.createDataFrame([(2, "d")], ["id", "op"])
try:
    a.union(b).collect()
except AnalysisException as error:
    print("refused:", error)
