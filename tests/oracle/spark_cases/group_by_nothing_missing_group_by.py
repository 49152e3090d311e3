# expect: SPK057
# spark: raises
# groupBy() with no column is no GROUP BY: a plain column beside an aggregate is MISSING_GROUP_BY.
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
out = df.groupBy().agg(F.col("op"), F.count("*"))
