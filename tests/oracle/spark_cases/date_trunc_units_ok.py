# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1,)], "id INT").withColumn("ts", F.current_timestamp())
rows = changes.select(F.date_trunc("HOUR", "ts"), F.date_trunc("mm", "ts"), F.trunc("ts", "MON"), F.trunc("ts", "week")).collect()
assert all(value is not None for value in rows[0])
