# expect: SPK061
# spark: raises
from pyspark.sql.types import StructType

schema = StructType().add("id", "long").add("tags", "array<string>")
print(schema.simpleString())
