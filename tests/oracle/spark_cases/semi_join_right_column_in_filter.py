# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
customers = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
changes.join(customers, changes.id == customers.id, "left_semi").where(F.col("country") == "DE").show()
