# expect: none
# spark: runs
from pyspark.sql import functions as F

events = spark.readStream.format("rate-micro-batch").option("rowsPerBatch", 4).load()
changes = events.select((F.col("value") % 3).cast("int").alias("id"), F.lit("u").alias("op"))
customers = spark.createDataFrame([(0, "Ann"), (1, "Bob")], "id INT, name STRING")
customers.createOrReplaceTempView("customers")


def upsert(batch, batch_id):
    batch.createOrReplaceTempView("updates")
    customers.createOrReplaceTempView("customers")
    batch.sparkSession.sql("SELECT c.id, u.op FROM customers c JOIN updates u ON c.id = u.id").collect()
    spark.sql("SELECT count(*) FROM customers").collect()


query = changes.writeStream.foreachBatch(upsert).trigger(availableNow=True).start()
query.awaitTermination()
