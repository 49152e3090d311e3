# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", "orders")], "id INT, op STRING, source_table STRING")
# Spark resolves a partition key through the projection below it, as it does a sort key
changes.select("id", "op").repartition(2, "source_table").count()
changes.select("id").repartitionByRange(2, F.col("OP")).count()
