# expect: SPK041
# spark: runs
# observe: far_future
from pyspark.sql import functions as F
from pyspark.sql.types import StringType, StructField, StructType, TimestampType
schema = StructType([StructField("op", StringType()), StructField("ts_ms", TimestampType())])
events = spark.createDataFrame([('{"op": "c", "ts_ms": 1700000000000}',)], ["value"])
shifted = events.select(F.year(F.from_json("value", schema).ts_ms).alias("y")).collect()
