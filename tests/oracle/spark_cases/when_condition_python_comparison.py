# expect: SPK066
# spark: raises
from pyspark.sql import functions as F

ev = spark.createDataFrame([(1, "d")], "id INT, op STRING")
ev.withColumn("deleted", F.when("op" == "d", True).otherwise(False)).show()
