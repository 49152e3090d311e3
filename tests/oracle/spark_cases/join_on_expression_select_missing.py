# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
src = spark.readStream.format("rate").load()
ids = spark.range(5)
q = src.join(ids, F.expr("value = id")).select("nope").writeStream.format("console").start()
