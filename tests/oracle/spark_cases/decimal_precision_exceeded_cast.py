# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([(1, "12.50")], "id INT, amount STRING")
raw.select("id", F.col("amount").cast("decimal(40,2)").alias("amount")).show()
