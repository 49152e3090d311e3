# expect: SPK093
# spark: runs
# observe: all_null
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1,)], "id INT").withColumn("ts", F.current_timestamp())
shifted = changes.select(F.date_trunc("hours", "ts").alias("h"), F.trunc("ts", "hour").alias("d")).collect()
