# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.window import Window

changes = spark.createDataFrame([(1, "c", 101), (1, "u", 102), (2, "c", 103)], "id INT, op STRING, lsn BIGINT")
by_key = Window.partitionBy("id").orderBy(F.desc("lsn")).rowsBetween(Window.unboundedPreceding, Window.currentRow)
ranked = changes.withColumn("rn", F.row_number().over(Window.partitionBy("ID").orderBy("lsn")))
ranked.select("id", "op", F.sum("lsn").over(by_key).alias("running"), F.col("rn")).show()
renamed = changes.withColumnRenamed("lsn", "position")
renamed.select("position", F.lag("op").over(Window.orderBy("position")).alias("before")).show()
per_key = changes.groupBy("id").agg(F.max("lsn").alias("last_lsn"))
per_key.withColumn("rank", F.rank().over(Window.orderBy(F.col("last_lsn").desc()))).show()
