# expect: SPK071
# spark: raises
# planted: date_trunc's arguments swapped (the unit comes first)
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1767225600000,)], "ts_ms BIGINT")
changes.select(F.date_trunc(F.timestamp_millis("ts_ms"), "hour").alias("hour")).show()
