# expect: SPK072
# spark: raises
from pyspark.sql import Row
orders = spark.createDataFrame([Row(amount=9.5, id=1)], "id INT, amount DOUBLE")
