# expect: none
# spark: runs
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, 8.0)], ["id", "amount"])
df.select(F.log(2.0, "amount"), F.log(10.0, F.col("amount")), F.log("amount")).show()
df.select(F.log(arg1=2.0, arg2="amount")).show()
