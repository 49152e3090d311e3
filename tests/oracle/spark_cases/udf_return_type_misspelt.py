# expect: SPK065
# spark: raises
from pyspark.sql import functions as F


@F.udf("integr")
def op_rank(op):
    return {"c": 1, "u": 2, "d": 3}.get(op)


spark.createDataFrame([("c",)], "op STRING").select(op_rank("op")).show()
