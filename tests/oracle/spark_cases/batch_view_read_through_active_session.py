# expect: SPK045
# spark: raises
# wait: 12
from pyspark.sql import SparkSession


def save(batch, batch_id):
    batch.createOrReplaceTempView("updates")
    session = SparkSession.getActiveSession()
    session.sql("SELECT max(value) FROM updates").collect()


events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.foreachBatch(save).start()
