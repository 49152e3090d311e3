# expect: SPK096
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, ["a", "b"])], "id INT, tags ARRAY<STRING>")
ev.select("id", F.upper(F.explode("tags")).alias("tag")).show()
