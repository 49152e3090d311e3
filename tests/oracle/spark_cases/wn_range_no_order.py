# expect: SPK074
# spark: raises
# held-out h119 (missed before): a RANGE frame on an unordered window, and a frame whose bounds are in reverse order
from pyspark.sql import SparkSession, Window, functions as F
df = spark.createDataFrame([("a", 1, 10), ("a", 2, 20)], "k STRING, t INT, v INT")
w = Window.partitionBy("k").rangeBetween(-1, 0)
df.withColumn("tot", F.sum("v").over(w)).show()
