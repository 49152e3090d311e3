# expect: none
# spark: runs
from pyspark.sql import functions as F
changes = spark.createDataFrame([((1, "Ann"), "c")], "after STRUCT<id: INT, name: STRING>, op STRING")
flat = changes.select(F.col("after")["id"], F.col("after").getField("name"), changes.after.id.alias("key"), "after.name", "op")
flat.select("`after.id`", "`after.name`", "key", "name", "op").show()
