# expect: SPK084
# spark: raises
from pyspark.sql import types as T

schema = T.StructType([T.StructField("tags", T.ArrayType(T.StringType))])
print(schema.simpleString())
