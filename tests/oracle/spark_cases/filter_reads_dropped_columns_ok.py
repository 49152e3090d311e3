# expect: none
# spark: runs
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c", 2)], ["id", "op", "qty"])
changes.select("id").filter(F.col("qty") > 1).collect()
changes.select("id").orderBy("op").collect()
changes.withColumnRenamed("op", "operation").where(F.col("op") == "c").collect()
changes.groupBy("op").count().filter(F.col("count") > 1).collect()
names = spark.createDataFrame([(1, "x")], ["id", "name"])
changes.join(names, "id").select("id").filter(F.col("name") == "x").collect()
changes.filter("qty > 1").collect()
