# expect: SPK094
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1, {"a": "1"})], "id INT, headers MAP<STRING, STRING>")
ev.select("id", F.explode("headers").alias("h")).show()
