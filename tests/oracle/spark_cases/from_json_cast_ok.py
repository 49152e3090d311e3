# expect: none
# spark: runs
from pyspark.sql.functions import col, from_json

raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
as_kafka = raw.select(col("value").cast("string").cast("binary").alias("value"))
parsed = as_kafka.selectExpr("CAST(value AS STRING) AS json").select(from_json(col("json"), "id INT").alias("data"))
query = parsed.writeStream.format("console").start()
