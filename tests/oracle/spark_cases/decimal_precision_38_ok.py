# expect: none
# spark: runs
from decimal import Decimal
from pyspark.sql import functions as F

payments = spark.createDataFrame([(1, Decimal("12.50"))], "id INT, amount DECIMAL(38,2)")
payments.select("id", F.col("amount").cast("numeric(38, 4)").alias("exact")).show()
