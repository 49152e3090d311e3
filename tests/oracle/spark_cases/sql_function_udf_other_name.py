# expect: SPK073
# spark: raises
from pyspark.sql.types import StringType
spark.udf.register("op_name", lambda op: {"c": "create"}.get(op, "other"), StringType())
changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
changes.selectExpr("id", "op_label(op) AS label").show()
