# expect: none
# spark: runs
# withColumn with another case of an existing name replaces that column (Spark matches names without
# regard to case); `current_time` is a function on Spark 4.1.
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", "a@x.io")], "id INT, op STRING, email STRING")
df.withColumn("OP", F.upper("op")).select("op").groupBy("op").count().collect()
df.select("id", "current_time").collect()
