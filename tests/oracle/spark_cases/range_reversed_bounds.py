# expect: SPK074
# spark: raises
# a RANGE frame whose bounds are in reverse order
from pyspark.sql import Window, functions as F
df = spark.createDataFrame([("a", 1, 10), ("a", 2, 20)], "k STRING, t INT, v INT")
w = Window.partitionBy("k").orderBy("t").rangeBetween(5, 1)
df.withColumn("tot", F.sum("v").over(w)).show()
