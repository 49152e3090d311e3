# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "c"), (1, "u")], "id INT, op STRING")
history = df.groupBy("id").agg(F.array_sort(F.collect_set("op")).alias("ops"))
history.select(F.element_at("ops", 1), F.slice(F.array_distinct("ops"), 1, 2), F.element_at(F.reverse("ops"), 1)).show()
