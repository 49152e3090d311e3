# expect: SPK057
# spark: raises
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
changes.select("op", F.count("*")).collect()
