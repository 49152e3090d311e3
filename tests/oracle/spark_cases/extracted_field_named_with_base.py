# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
changes = spark.createDataFrame([((1, "Ann"), "c")], "after STRUCT<id: INT, name: STRING>, op STRING")
flat = changes.select(F.col("after")["id"], "op")
flat.select("id").show()
