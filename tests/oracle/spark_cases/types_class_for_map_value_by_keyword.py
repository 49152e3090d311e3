# expect: SPK084
# spark: raises
from pyspark.sql.types import LongType, MapType, StringType

counts = MapType(StringType(), valueType=LongType)
print(counts.simpleString())
