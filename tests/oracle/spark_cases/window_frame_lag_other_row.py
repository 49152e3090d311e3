# expect: SPK064
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window

changes = spark.createDataFrame([(1, 1, "c"), (1, 2, "u")], "id INT, ts_ms BIGINT, op STRING")
two_back = Window.partitionBy("id").orderBy("ts_ms").rowsBetween(-2, -2)
changes.withColumn("prev", F.lag("op").over(two_back)).show()
