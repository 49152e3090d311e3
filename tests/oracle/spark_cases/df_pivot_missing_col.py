# expect: SPK053
# spark: raises
# held-out h119 (missed before): the column named is read from the frame
from pyspark.sql import functions as F
df = spark.createDataFrame([("a", "q1", 1)], "k STRING, q STRING, v INT")
df.groupBy("k").pivot("quarter").agg(F.sum("v")).show()
