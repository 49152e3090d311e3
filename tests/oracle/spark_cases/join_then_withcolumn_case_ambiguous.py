# expect: SPK056
# spark: raises
# After a join on a condition, withColumn("ID", …) replaces both `id` columns: two remain.
from pyspark.sql import functions as F
a = spark.createDataFrame([(1, "x")], "id INT, v STRING")
b = spark.createDataFrame([(1, "y")], "id INT, w STRING")
out = a.join(b, a.id == b.id).withColumn("ID", F.lit(0)).select("id")
