# expect: none
# spark: runs
from pyspark.sql import functions as F
spark.sql("DECLARE OR REPLACE VARIABLE mdxlint_min_qty INT DEFAULT 5")
orders = spark.createDataFrame([(1, 7)], "id INT, qty INT")
orders.filter("qty > mdxlint_min_qty").select("id", F.col("mdxlint_min_qty")).collect()
