# expect: SPK014
# spark: runs
# observe: uuid_checkpoint_folder
from pyspark.sql import SparkSession

session = SparkSession.builder.config("spark.sql.streaming.checkpointLocation", "checkpoints").getOrCreate()
events = session.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("csv").option("path", "out/events").start()
