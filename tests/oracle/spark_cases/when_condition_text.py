# expect: SPK066
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "d"), (2, "c")], "id INT, op STRING")
labelled = changes.withColumn("deleted", F.when("op = 'd'", True).otherwise(False))
labelled.show()
