# expect: SPK031
# spark: raises
from pyspark.sql.functions import col, from_json

raw = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
parsed = raw.select(from_json(col("value").cast("string"), "MAP<STRING, STRING>").alias("props"), "timestamp")
query = (parsed.writeStream.format("csv")
         .option("path", "out/props")
         .option("checkpointLocation", "chk/props")
         .start())
