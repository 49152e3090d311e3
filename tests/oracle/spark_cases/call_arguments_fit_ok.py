# expect: none
# spark: runs
from pyspark.sql import Window, functions as F
from pyspark.sql.functions import datediff, substring
orders = spark.createDataFrame([(1, "2024-01-05", "2024-01-01", 5)], "id INT, shipped STRING, ordered STRING, qty INT")
frame = Window.partitionBy("id").orderBy("shipped").rowsBetween(Window.unboundedPreceding, Window.currentRow)
summary = (orders
           .withColumn("wait", datediff("shipped", "ordered"))
           .withColumn("year", substring("shipped", 1, 4))
           .withColumn("running", F.sum("qty").over(frame))
           .withColumn("source", F.lit("pg"))
           .filter(F.col("qty").between(1, 10))
           .withColumnRenamed("qty", "quantity")
           .select("id", "wait", "year", F.concat_ws("-", "year", "source").alias("tag"), F.expr("quantity * 2").alias("double"))
           .limit(10))
summary.show(5, truncate=False)
summary.dropDuplicates(["id"]).orderBy(F.col("id").desc()).show(n=3, truncate=False, vertical=False)
summary.groupBy("year").agg(F.max("wait").alias("longest"), F.count("*").alias("n")).show()
