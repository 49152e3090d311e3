# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(None, 2)], "after_id INT, before_id INT")
changes.withColumn("id", F.coalesce("after_id", "befor_id")).show()
