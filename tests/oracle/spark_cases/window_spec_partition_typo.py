# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window

changes = spark.createDataFrame([(1, "c", 101), (1, "u", 102), (2, "c", 103)], "id INT, op STRING, lsn BIGINT")
latest = Window.partitionBy("idd").orderBy(F.col("lsn").desc())
changes.withColumn("rn", F.row_number().over(latest)).filter("rn = 1").show()
