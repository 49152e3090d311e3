# expect: none
# spark: runs
from pyspark.errors import AnalysisException
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
try:
    changes.createOrReplaceTempView("cdc.public.orders")
except AnalysisException as error:
    print(error)
