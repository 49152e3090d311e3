# expect: SPK017
# spark: raises
from pyspark.sql.functions import col, from_json

raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
as_kafka = raw.select(col("value").cast("string").cast("binary").alias("value"))
parsed = as_kafka.select(from_json(col("value"), "id INT").alias("data"))
