# expect: SPK052
# spark: raises
# After `e.after.*` the columns are the schema's fields: there is no `id`.
from pyspark.sql import functions as F
from pyspark.sql.types import StructType, StructField, LongType, StringType

row_schema = StructType([StructField("id", LongType()), StructField("status", StringType())])
envelope = StructType([StructField("after", row_schema), StructField("op", StringType())])
raw = spark.readStream.format("rate").load()
msgs = raw.select(F.to_json(F.struct(F.struct(F.col("value").alias("id"), F.lit("NEW").alias("status")).alias("after"), F.lit("c").alias("op"))).alias("json"))
orders = msgs.select(F.from_json("json", envelope).alias("e")).select("e.after.*", "e.op")
query = orders.withColumnRenamed("id", "order_id").dropDuplicates(["id"]).writeStream.format("console").start()
