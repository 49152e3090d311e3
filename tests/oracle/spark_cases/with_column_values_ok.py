# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
source = F.lit("postgres")
changes.withColumn("source", source).withColumn("version", F.lit(1)).withColumn("op2", F.col("op")).show()
try:
    changes.withColumn("bad", "x")
except TypeError as error:
    print("withColumn wants a Column:", error)
