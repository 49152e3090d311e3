# expect: SPK077
# spark: raises
from pyspark.sql import functions as F
ev = spark.createDataFrame([(1,)], "id INT").withColumn("ts", F.current_timestamp())
ev.select(F.from_unixtime("ts")).show()
