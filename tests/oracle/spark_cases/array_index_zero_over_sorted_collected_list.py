# expect: SPK086
# spark: raises
from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "c"), (1, "u")], "id INT, op STRING")
history = df.groupBy("id").agg(F.sort_array(F.collect_list("op")).alias("ops"))
history.select(F.element_at("ops", 0)).show()
