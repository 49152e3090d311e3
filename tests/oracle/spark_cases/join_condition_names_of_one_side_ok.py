# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "NEW")], "id INT, status STRING")
labels = spark.createDataFrame([("NEW", "open")], "code STRING, label STRING")
changes.join(labels, F.col("status") == F.col("code")).show()
c, l = changes.alias("c"), labels.withColumnRenamed("code", "status").alias("l")
c.join(l, F.col("c.status") == F.col("l.status")).show()
