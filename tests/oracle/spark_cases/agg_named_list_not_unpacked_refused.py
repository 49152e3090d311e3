# expect: SPK071
# spark: raises
# held-out h135: agg() given a list held by a name, not the aggregates one by one
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 2.5)], "id INT, op STRING, amount DOUBLE")
aggs = [F.sum("amount").alias("total"), F.count("*").alias("n")]
df.groupBy("id").agg(aggs).show()
