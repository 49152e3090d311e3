# expect: SPK094
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, ["a"])], "id INT, tags ARRAY<STRING>")
ev.select("id", F.posexplode("tags").alias("tag")).show()
