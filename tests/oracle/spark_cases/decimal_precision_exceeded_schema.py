# expect: SPK065
# spark: raises
from decimal import Decimal

payments = spark.createDataFrame([(1, Decimal("12.50"))], "id INT, amount DECIMAL(40,2)")
payments.show()
