# expect: SPK056
# spark: raises
# F.desc("id") after a join on a condition reads a name both sides have.
from pyspark.sql import functions as F
a = spark.createDataFrame([(1, "x")], "id INT, v STRING")
b = spark.createDataFrame([(1, "y")], "id INT, w STRING")
out = a.join(b, a.id == b.id).orderBy(F.desc("id"))
