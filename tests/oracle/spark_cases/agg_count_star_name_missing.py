# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.groupBy("op").agg(F.count("*")).select("op", "count(*)").show()
