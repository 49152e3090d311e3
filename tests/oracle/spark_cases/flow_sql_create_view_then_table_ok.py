# expect: none
# spark: runs
from pyspark.sql import functions as F
spark.range(3).createOrReplaceTempView("orders")
spark.sql("CREATE OR REPLACE TEMP VIEW orders AS SELECT id, 'c' AS op FROM range(3)")
out = spark.table("orders").select("id", "op")
