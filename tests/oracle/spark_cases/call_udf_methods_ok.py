# expect: none
# spark: runs
from pyspark.sql import functions as F
from pyspark.sql.types import StringType
label = F.udf(lambda op: {"c": "create", "d": "delete"}.get(op, "other"), StringType()).asNondeterministic()
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.select(label("op").alias("label")).show()
