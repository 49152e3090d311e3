# expect: SPK011
# spark: raises
import os

from pyspark.sql.types import StringType, StructField, StructType

os.makedirs("input/orders", exist_ok=True)

schema = StructType([StructField("id", StringType())])
orders = spark.readStream.schema(schema).json("input/orders")
query = orders.writeStream.format("console").trigger(continuous="1 second").start()
