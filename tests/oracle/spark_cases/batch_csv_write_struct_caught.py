# expect: none
# spark: runs
from pyspark.errors import AnalysisException

df = spark.createDataFrame([(1, (1, "a"))], "id INT, after STRUCT<id: INT, name: STRING>")
try:
    df.write.mode("overwrite").csv("out/batch_struct_caught")
except AnalysisException as error:
    print("CSV cannot store a struct:", error)
