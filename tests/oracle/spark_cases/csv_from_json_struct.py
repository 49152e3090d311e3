# expect: SPK031
# spark: raises
from pyspark.sql.functions import col, from_json

raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
parsed = raw.select(from_json(col("value").cast("string"), "id INT").alias("record"), "timestamp")
query = (parsed.writeStream.format("csv")
         .option("path", "out/records")
         .option("checkpointLocation", "chk/records")
         .start())
