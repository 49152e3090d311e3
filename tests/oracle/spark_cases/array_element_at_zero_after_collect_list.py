# expect: SPK086
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 10), (1, "u", 11), (2, "c", 12)], "id INT, op STRING, lsn BIGINT")
history = changes.groupBy("id").agg(F.collect_list("op").alias("ops"))
history.select("id", F.element_at("ops", 0).alias("first_op")).show()
