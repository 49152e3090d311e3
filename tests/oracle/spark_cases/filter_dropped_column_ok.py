# expect: none
# spark: runs
# filter and orderBy may read a column an earlier projection dropped: Spark adds it back below.
from pyspark.sql.functions import col
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.select("id").filter(col("qty") > 1).orderBy("name")
out.collect()
