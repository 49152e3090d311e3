# expect: none
# spark: runs
from pyspark.sql import functions as F

sales = spark.createDataFrame([(1, "c", 10), (1, "u", 11)], "id INT, op STRING, lsn BIGINT")
sales.createOrReplaceTempView("sales_n")
today = spark.sql("SELECT id, current_date FROM sales_n")
today.select("id", F.col("current_date()")).show()
spark.sql("SELECT id, op, count(*) AS n FROM sales_n GROUP BY GROUPING SETS ((id, op), (id))").show()
