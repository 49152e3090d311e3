# expect: SPK071
# spark: raises
# held-out h135: agg() given a list, not the aggregates one by one
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 2.5)], "id INT, op STRING, amount DOUBLE")
df.groupBy("op").agg([F.sum("amount"), F.max("id")]).show()
