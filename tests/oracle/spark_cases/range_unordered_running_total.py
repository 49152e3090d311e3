# expect: SPK074
# spark: raises
# a running RANGE frame (unbounded preceding to the current row) with no orderBy
from pyspark.sql import Window, functions as F
df = spark.createDataFrame([("a", 1, 10), ("a", 2, 20)], "k STRING, t INT, v INT")
w = Window.partitionBy("k").rangeBetween(Window.unboundedPreceding, Window.currentRow)
df.withColumn("tot", F.sum("v").over(w)).show()
