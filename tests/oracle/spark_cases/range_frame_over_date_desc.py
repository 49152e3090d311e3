# expect: SPK074
# spark: raises
from pyspark.sql import Window, functions as F
days = spark.createDataFrame([(1, "2024-01-05", 2.0)], "id INT, d STRING, amount DOUBLE").withColumn("day", F.to_date("d"))
days.select("id", F.sum("amount").over(Window.orderBy(F.col("day").desc()).rangeBetween(0, 7)).alias("week")).show()
