# expect: none
# spark: runs
from pyspark.sql.types import StructType

try:
    schema = StructType().add("id", "int")
except ValueError as error:
    print("PySpark reads JSON type names here:", error)
    schema = StructType().add("id", "integer")
print(schema.simpleString())
