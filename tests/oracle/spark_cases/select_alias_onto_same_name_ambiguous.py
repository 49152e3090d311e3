# expect: SPK056
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c", 10)], "id INT, op STRING, lsn BIGINT")
# An alias makes a new attribute of the same name: now two columns are called `op`
changes.select("*", F.upper("op").alias("op")).filter("op = 'C'").show()
