# expect: SPK065
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.types import DecimalType

raw = spark.createDataFrame([(1, "12.50")], "id INT, amount STRING")
raw.select("id", F.col("amount").cast(DecimalType(39, 2)).alias("amount")).show()
