# expect: SPK074
# spark: raises
# a RANGE frame of the current row alone on a window with no orderBy
from pyspark.sql import Window, functions as F
df = spark.createDataFrame([("a", 1, 10), ("a", 2, 20)], "k STRING, t INT, v INT")
w = Window.partitionBy("k").rangeBetween(Window.currentRow, Window.currentRow)
df.withColumn("tot", F.sum("v").over(w)).show()
