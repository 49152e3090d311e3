# expect: none
# spark: runs
from pyspark.sql import functions as F

src = spark.readStream.format("rate").load()
ids = spark.range(5)
query = src.join(ids, F.expr("value = id")).select("value", "id", "timestamp").writeStream.format("console").start()
