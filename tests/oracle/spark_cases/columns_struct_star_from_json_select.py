# expect: SPK053
# spark: raises
# The fields of `e.after` are those of the lesson's schema: `status` is not among them.
from pyspark.sql import functions as F
from pyspark.sql.types import StructType, StructField, LongType, StringType

envelope = StructType([StructField("after", StructType([StructField("id", LongType())])), StructField("op", StringType())])
raw = spark.readStream.format("rate").load()
msgs = raw.select(F.to_json(F.struct(F.struct(F.col("value").alias("id")).alias("after"), F.lit("c").alias("op"))).alias("json"))
orders = msgs.select(F.from_json("json", envelope).alias("e")).select("e.after.*", "e.op")
query = orders.select("id", "status").writeStream.format("console").start()
