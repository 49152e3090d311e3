# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "ab", "2024-01-01 10:00:00", 2.5)], "id INT, k STRING, ts STRING, x DOUBLE")
shaped = events.select("id", F.upper("k"), F.to_date("ts"), F.year(F.col("ts")), F.ceil("x"), F.length("k"))
shaped.select("upper(k)", "to_date(ts)", "year(ts)", "CEIL(x)", "length(k)").show()
shaped.withColumnRenamed("to_date(ts)", "day").select("day").show()
