# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

rows = spark.createDataFrame([((1, '{"v": 2}'),)], "payload STRUCT<id: INT, meta: STRING>")
rows.withColumn("v", F.col("payload.meta.v")).show()
