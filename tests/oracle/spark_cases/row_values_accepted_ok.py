# expect: none
# spark: runs
import datetime
from decimal import Decimal
rows = [(1, "c", 100.0, Decimal("2.50"), datetime.datetime(2024, 1, 1, 10, 0), True, b"x", 5, [1, 2]),
        (2, 7, -3.5, None, None, False, None, 3000000000, None)]
orders = spark.createDataFrame(rows, "id INT, op STRING, amount DOUBLE, fee DECIMAL(10,2), ts TIMESTAMP, ok BOOLEAN, raw BINARY, n BIGINT, tags ARRAY<INT>")
orders.show()
named = spark.createDataFrame([(1, 100)], ["id", "amount"])
named.show()
unchecked = spark.createDataFrame([(1, 100)], "id INT, amount DOUBLE", verifySchema=False)
unchecked.printSchema()
