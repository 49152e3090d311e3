# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, [1, 2]), (2, [3])], "id INT, items ARRAY<INT>")
exploded = orders.select("id", F.explode("items"))
exploded.select("id", "item").show()
