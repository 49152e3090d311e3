# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
customers = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
changes.select("id").join(customers, "id").where(F.col("op") == "c").show()
