# expect: none
# spark: runs
from pyspark.sql import Window
from pyspark.sql import functions as F
orders = spark.readStream.format("rate").option("rowsPerSecond", 5).load().withColumn("client_id", F.col("value") % 3)
clients = spark.createDataFrame([(1, "a", 1), (1, "b", 2), (2, "c", 1)], "client_id BIGINT, city STRING, version INT")
latest = (clients.withColumn("rn", F.row_number().over(Window.partitionBy("client_id").orderBy(F.desc("version"))))
          .where("rn = 1").drop("rn", "version"))
query = orders.join(latest, "client_id", "left").writeStream.format("noop").start()
query.stop()
