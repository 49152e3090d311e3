# expect: SPK056
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, 250.0)], "id INT, amount DOUBLE")
customers = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
same_customer = F.expr("amount > 0 AND id = id")
orders.join(customers, same_customer).show()
