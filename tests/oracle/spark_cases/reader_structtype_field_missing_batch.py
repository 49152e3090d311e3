# expect: SPK053
# spark: raises
# planted: a field the StructType given to spark.read gives `source` no such name
from pyspark.sql.types import LongType, StringType, StructField, StructType

spark.createDataFrame(
    [("u", ("shop", 42), 1767225600000)], "op STRING, source STRUCT<db: STRING, lsn: BIGINT>, ts_ms BIGINT",
).write.mode("overwrite").parquet("landing/orders_src")

source = StructType([StructField("db", StringType()), StructField("lsn", LongType())])
schema = StructType([StructField("op", StringType()), StructField("source", source), StructField("ts_ms", LongType())])
changes = spark.read.schema(schema).parquet("landing/orders_src")
changes.select("op", "source.table").show()
