# expect: SPK025
# spark: runs
# observe: join_state_grows
from pyspark.sql.functions import col

left = spark.readStream.format("rate").option("rowsPerSecond", 20).load()
right = spark.readStream.format("rate").option("rowsPerSecond", 20).load().select((col("value") + 1000000).alias("v2"))
joined = left.join(right, left.value == right.v2)
query = joined.writeStream.format("console").start()
