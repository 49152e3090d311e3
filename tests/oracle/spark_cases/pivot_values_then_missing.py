# expect: SPK053
# spark: raises
# After pivot with listed values the pivoted column is gone: its values name the columns.
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
out = df.groupBy("id").pivot("op", ["c", "u"]).agg(F.sum("balance")).select("op")
