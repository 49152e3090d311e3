# expect: none
# spark: runs
# The struct's fields, from a DDL schema and from StructType().add(), are known and selected.
from pyspark.sql import functions as F
from pyspark.sql.types import StructType, StructField, LongType, StringType
extra = StructField("status", StringType())
envelope = StructType([StructField("after", StructType([StructField("id", LongType()), extra])), StructField("op", StringType())])
raw = spark.readStream.format("rate").load()
msgs = raw.select(F.lit("{}").alias("json"))
orders = msgs.select(F.from_json("json", envelope).alias("e")).select("e.after.*", "e.op")
query = orders.select("id", "status").writeStream.format("console").start()
schema2 = StructType().add("after", StructType().add("id", LongType()).add("status", StringType()))
o2 = msgs.select(F.from_json("json", schema2).alias("e")).select("e.after.*")
q2 = o2.select("id", "status").writeStream.format("console").start()
ddl = "after STRUCT<id: BIGINT, status: STRING>, op STRING"
o3 = msgs.select(F.from_json("json", ddl).alias("e")).select("e.after.*", "e.op")
q3 = o3.select("id", "status", "op").writeStream.format("console").start()
