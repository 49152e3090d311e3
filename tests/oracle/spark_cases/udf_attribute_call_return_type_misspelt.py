# expect: SPK065
# spark: raises
from pyspark.sql import functions as F

label = F.udf(lambda op: op.upper(), "strng")
spark.createDataFrame([("c",)], "op STRING").select(label("op")).show()
