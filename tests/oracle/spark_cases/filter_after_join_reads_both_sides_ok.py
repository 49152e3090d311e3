# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
customers = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
joined = changes.join(customers, "id")
joined.where((F.col("op") == "c") & (F.col("country") == "DE")).orderBy("country").show()
changes.join(customers, changes.id == customers.id, "left_anti").where(F.col("op") == "c").show()
