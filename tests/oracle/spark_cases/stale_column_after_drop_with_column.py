# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
slim = changes.drop("op")
slim.withColumn("kind", F.upper(changes["op"])).show()
