# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

raw = spark.createDataFrame([(1, "0.25")], "id INT, rate STRING")
raw.select("id", F.col("rate").cast("decimal(5,7)").alias("rate")).show()
