# expect: SPK072
# spark: raises
from decimal import Decimal
from pyspark.sql import Row
orders = spark.createDataFrame([Row(id=1, amount=Decimal("9.50"))], "id INT, amount DOUBLE")
