# expect: SPK068
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([((1, "a"),)], "after STRUCT<id: INT, name: STRING>")
changes.select(F.explode("after")).show()
