# expect: SPK066
# spark: raises
from pyspark.sql import functions as F
floor = None
ev = spark.createDataFrame([(1, 5)], "id INT, lsn INT")
ev.select(F.greatest("lsn", floor).alias("g")).show()
