# expect: SPK057
# spark: raises
# held-out h135: a column given by its name to a function beside the aggregates is read as col() is
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 2.5)], "id INT, op STRING, amount DOUBLE")
df.groupBy("id").agg(F.count("*"), F.round("amount", 1).alias("amount")).show()
