# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.window import Window

changes = spark.createDataFrame([(1, 1, "c"), (1, 2, "u"), (1, 3, "d")], "id INT, ts_ms BIGINT, op STRING")
w = Window.partitionBy("id").orderBy("ts_ms")
changes.withColumn("prev", F.lag("op").over(w.rowsBetween(-1, -1))).show()
changes.withColumn("next", F.lead("op").over(w.rowsBetween(1, 1))).show()
changes.withColumn("prev2", F.lag("op", 2).over(w.rowsBetween(-2, -2))).show()
changes.withColumn("next2", F.lead("op", offset=2).over(w.rowsBetween(2, 2))).show()
