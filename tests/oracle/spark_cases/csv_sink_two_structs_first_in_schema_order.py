# expect: SPK031
# spark: raises
# wait: 12
from pyspark.sql import functions as F

events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
rows = events.select(F.struct("value").alias("zeta"), F.struct("timestamp").alias("alpha"))
query = rows.writeStream.format("csv").option("path", "out/c").option("checkpointLocation", "chk").start()
