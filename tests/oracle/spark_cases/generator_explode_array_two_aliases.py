# expect: SPK094
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, ["a"])], "id INT, tags ARRAY<STRING>")
ev.select("id", F.explode("tags").alias("pos", "tag")).show()
