# expect: SPK053
# spark: raises
# After groupBy(window(…), "op") a filter reads the output only: balance is gone.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, "c", "a@x.io", 10.0, 101)], "id INT, op STRING, email STRING, balance DOUBLE, lsn BIGINT")
ts = chg.withColumn("ts", F.current_timestamp())
out = ts.groupBy(F.window("ts", "5 seconds"), "op").count().filter("balance > 0")
