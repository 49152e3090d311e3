# expect: none
# spark: runs
from pyspark import SparkConf
from pyspark.sql import SparkSession

conf = SparkConf().set("spark.sql.streaming.checkpointLocation", "checkpoints")
spark = SparkSession.builder.config(conf=conf).getOrCreate()
events = spark.readStream.format("rate").option("rowsPerSecond", 5).load()
query = events.writeStream.format("parquet").queryName("events").option("path", "lake/events").start()
