# expect: SPK044
# spark: raises
# wait: 12
from pyspark.sql import functions as F
from pyspark.sql.functions import col

def read_changes():
    return spark.readStream.format("rate").option("rowsPerSecond", 5).load().withWatermark("timestamp", "10 minutes")
counts = read_changes().withWatermark("timestamp", "5 seconds").groupBy(F.window("timestamp", "2 seconds")).count()
query = counts.writeStream.outputMode("append").format("console").start()
