# expect: none
# spark: runs
# the whole partition as a RANGE frame needs no order; ROWS frames on unordered windows run; bounds
# with the current row on either side are in order
import sys
from pyspark.sql import Window, functions as F
df = spark.createDataFrame([("a", 1, 10), ("a", 2, 20)], "k STRING, t INT, v INT")
whole = Window.partitionBy("k").rangeBetween(Window.unboundedPreceding, Window.unboundedFollowing)
df.withColumn("tot", F.sum("v").over(whole)).show()
df.withColumn("tot", F.sum("v").over(Window.partitionBy("k").rangeBetween(-sys.maxsize, sys.maxsize))).show()
rows = Window.partitionBy("k").rowsBetween(Window.unboundedPreceding, Window.currentRow)
df.withColumn("tot", F.sum("v").over(rows)).show()
df.withColumn("tot", F.sum("v").over(Window.partitionBy("k").orderBy("t").rowsBetween(-1, 1))).show()
df.withColumn("tot", F.sum("v").over(Window.partitionBy("k").orderBy("t").rangeBetween(0, 5))).show()
