# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.errors import AnalysisException, PySparkValueError

df = spark.createDataFrame([(1, "a", 10)], "id INT, name STRING, amount INT")
other = spark.createDataFrame([(1, 20)], "id INT, y INT")
try:
    df.filter(F.col("amount") > 1 and F.col("id") < 2).show()
except PySparkValueError as e:
    print("as expected:", e.getErrorClass())
try:
    df.filter(F.col("name") == "a" & F.col("id") > 0).show()
except ValueError:
    print("as expected")
try:
    df.join(other, "id", "left outer").show()
except AnalysisException as e:
    print("refused:", e.getErrorClass())
