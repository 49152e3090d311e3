# expect: none
# spark: runs
from pyspark.sql import functions as F


@F.udf("integer")
def op_rank(op):
    return {"c": 1, "u": 2, "d": 3}.get(op)


label = F.udf(lambda op: op.upper(), "string")
spark.createDataFrame([("c",)], "op STRING").select(op_rank("op"), label("op")).show()
