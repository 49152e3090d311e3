# expect: none
# spark: runs
from pyspark.errors import AnalysisException
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, ["a"])], "id INT, tags ARRAY<STRING>")
try:
    ev.select("id", F.posexplode("tags").alias("tag")).show()
except AnalysisException as error:
    print(error)
