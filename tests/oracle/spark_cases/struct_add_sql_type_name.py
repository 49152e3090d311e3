# expect: SPK061
# spark: raises
from pyspark.sql import functions as F
from pyspark.sql.types import StructType

changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
schema = StructType().add("id", "int").add("op", "string")
parsed = changes.select(F.from_json(F.to_json(F.struct("id", "op")), schema).alias("r"))
parsed.select("r.op").show()
