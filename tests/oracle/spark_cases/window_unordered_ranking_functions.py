# expect: SPK058
# spark: raises
from pyspark.sql import Window
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "u", 10)], "id INT, op STRING, lsn BIGINT")
by_id = Window.partitionBy("id").rowsBetween(Window.unboundedPreceding, 0)
changes.withColumn("prev", F.lag("op").over(by_id)).collect()
