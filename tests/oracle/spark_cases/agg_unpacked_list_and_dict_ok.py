# expect: none
# spark: runs
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 2.5)], "id INT, op STRING, amount DOUBLE")
aggregates = [F.sum("amount"), F.max("id")]
df.groupBy("op").agg(*aggregates).show()
df.groupBy("op").agg({"amount": "max"}).show()
df.agg(*[F.count("*")]).show()
