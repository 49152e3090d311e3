# expect: SPK065
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.types import DecimalType

amounts = spark.createDataFrame([(1, 1250)], "id INT, amount INT")
amounts.select("id", F.col("amount").cast(DecimalType(10, -2)).alias("hundreds")).show()
