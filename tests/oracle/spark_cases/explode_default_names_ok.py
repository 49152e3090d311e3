# expect: none
# spark: runs
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, [1, 2], {"a": 1})], "id INT, items ARRAY<INT>, m MAP<STRING,INT>")
orders.select("id", F.explode("items")).select("id", "col").show()
orders.select("id", F.explode_outer("m")).select("key", "value").show()
orders.select(F.posexplode("items")).select("pos", "col").show()
orders.select("id", F.explode(F.col("items"))).withColumnRenamed("col", "item").select("item").show()
