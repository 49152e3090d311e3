# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.window import Window

changes = spark.createDataFrame([(1, "c", 101), (1, "u", 102), (2, "c", 103)], "id INT, op STRING, lsn BIGINT")
per_key = changes.groupBy("id").agg(F.max("lsn").alias("last_lsn"))
per_key.withColumn("rank", F.rank().over(Window.orderBy("lsn"))).show()
