# expect: none
# spark: runs
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, 250.0)], "id INT, amount DOUBLE")
customers = spark.createDataFrame([(1, "DE")], "customer_id INT, country STRING")
orders.join(customers, F.expr("id = customer_id AND amount > 0")).show()
