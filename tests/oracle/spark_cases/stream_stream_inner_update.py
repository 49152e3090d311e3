# expect: SPK010
# spark: raises
from pyspark.sql.functions import col

left = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
right = spark.readStream.format("rate").option("rowsPerSecond", 5).load().select(col("value").alias("v2"))
joined = left.join(right, left.value == right.v2)
query = joined.writeStream.outputMode("update").format("console").start()
