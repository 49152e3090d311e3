# expect: none
# spark: runs
from pyspark.sql.types import DecimalType, StructField, StructType

# A schema only printed: Python accepts the type, the JVM never sees it.
wide = StructType([StructField("amount", DecimalType(39, 2))])
print(wide.simpleString())
exact = DecimalType(38, 38)
print(exact.simpleString())
