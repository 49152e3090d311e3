# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.types import IntegerType, StructType

schema = (StructType().add("id", "integer").add("lsn", "long").add("op", "string").add("amount", "decimal(10,2)")
          .add("ts", "timestamp").add("flag", "boolean").add("n", IntegerType()))
changes = spark.createDataFrame([(1, 7, "c")], "id INT, lsn BIGINT, op STRING")
parsed = changes.select(F.from_json(F.to_json(F.struct("id", "lsn", "op")), schema).alias("r"))
parsed.select("r.op", "r.lsn").show()
