# expect: SPK056
# spark: raises
from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, 250.0)], "id INT, amount DOUBLE")
customers = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
orders.join(customers, F.expr("`id` = `id`")).show()
