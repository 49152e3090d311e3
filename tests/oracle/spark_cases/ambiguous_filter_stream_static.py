# expect: SPK056
# spark: raises
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
dim = spark.createDataFrame([(1, "DE")], "value BIGINT, country STRING")
joined = events.join(dim, events.value == dim.value).where(F.col("value") > 3)
query = joined.writeStream.format("console").start()
