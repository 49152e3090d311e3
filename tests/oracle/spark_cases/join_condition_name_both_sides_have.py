# expect: SPK056
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "NEW")], "id INT, status STRING")
labels = spark.createDataFrame([("NEW", "open")], "status STRING, label STRING")
changes.join(labels, F.col("status") == F.col("status")).show()
