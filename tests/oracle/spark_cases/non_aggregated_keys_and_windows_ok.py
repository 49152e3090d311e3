# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql import Window
changes = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
changes.groupBy("OP").agg(F.col("op"), F.count("*")).collect()
changes.groupBy("op").agg(F.first("balance"), F.max("id")).collect()
changes.select(F.lit(1), F.count("*")).collect()
changes.select("op", F.count("*").over(Window.partitionBy("op"))).collect()
changes.select("op", F.expr("count(*) OVER (PARTITION BY op)")).collect()
changes.groupBy(F.col("op").alias("kind")).agg(F.col("op"), F.count("*")).collect()
