# expect: SPK071
# spark: raises
from pyspark.sql import Window, functions as F
orders = spark.createDataFrame([(1, 5)], "id INT, qty INT")
frame = Window.orderBy("id").rowsBetween(-1)
orders.select(F.sum("qty").over(frame)).show()
