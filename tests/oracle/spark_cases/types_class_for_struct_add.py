# expect: SPK084
# spark: raises
from pyspark.sql.types import LongType, StructType

schema = StructType().add("id", LongType).add("op", "string")
print(schema.simpleString())
