# expect: SPK030
# spark: raises
from pyspark.sql import functions as F

customers = spark.createDataFrame([(1, "Ada")], "id BIGINT, name STRING").withColumn("seq", F.monotonically_increasing_id())
events = spark.readStream.format("rate").load()
query = events.join(customers, events.value == customers.id).writeStream.format("console").start()
