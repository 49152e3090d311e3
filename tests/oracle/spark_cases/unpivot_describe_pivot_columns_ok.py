# expect: none
# spark: runs
# held-out h119: unpivot's id and value columns, describe's and pivot's column, all the frame's
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, 10, 20, "a")], "id INT, q1 INT, q2 INT, k STRING")
df.unpivot(["id"], ["q1", F.col("q2")], "quarter", "sales").show()
df.drop("k").melt("id", None, "quarter", "sales").show()
df.describe("q1", "q2").show()
df.describe(["q1"]).show()
df.describe().show()
df.summary("count", "min").show()
df.groupBy("id").pivot("k").agg(F.sum("q1")).show()
df.groupBy("id").pivot("k", ["a", "b"]).agg(F.sum("q1")).show()
