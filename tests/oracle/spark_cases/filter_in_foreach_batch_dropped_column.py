# expect: SPK053
# spark: raises
# wait: 10
from pyspark.sql import functions as F
events = spark.readStream.format("rate").option("rowsPerSecond", 2).load()
values = events.select("value")

def sink(batch_df, batch_id):
    batch_df.filter(F.col("timestamp").isNotNull()).count()

query = values.writeStream.foreachBatch(sink).start()
