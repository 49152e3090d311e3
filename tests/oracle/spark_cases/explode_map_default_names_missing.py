# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

settings = spark.createDataFrame([(1, {"retries": 3})], "id INT, options MAP<STRING,INT>")
settings.select("id", F.explode("options")).select("id", "key", "col").show()
