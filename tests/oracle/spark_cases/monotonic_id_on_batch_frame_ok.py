# expect: none
# spark: runs
from pyspark.sql import functions as F

customers = spark.createDataFrame([(1, "Ada")], "id BIGINT, name STRING").withColumn("seq", F.monotonically_increasing_id())
customers.join(spark.createDataFrame([(1, 5)], "id BIGINT, qty INT"), "id").show()
