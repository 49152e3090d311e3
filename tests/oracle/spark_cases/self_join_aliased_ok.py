# expect: none
# spark: runs
from pyspark.sql import functions as F

employees = spark.createDataFrame([(1, None, "CEO"), (2, 1, "CTO")], "id INT, manager_id INT, title STRING")
pairs = employees.alias("e").join(employees.alias("m"), F.col("e.manager_id") == F.col("m.id"), "left")
pairs.select(F.col("e.title").alias("title"), F.col("m.title").alias("manager_title")).show()
same = employees.join(employees, "id")
same.count()
