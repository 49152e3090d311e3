# expect: SPK053
# spark: raises
# F.expr's SQL text reads a column the frame lacks (a typo of `qty`).
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "a", 2)], ["id", "name", "qty"])
out = orders.withColumn("double", F.expr("qtty * 2"))
