# expect: SPK058
# spark: raises
# An ORDER BY inside a comment orders nothing.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, "c", "a@x.io", 10.0, 101)], "id INT, op STRING, email STRING, balance DOUBLE, lsn BIGINT")
out = chg.selectExpr("id", "row_number() OVER (PARTITION BY id /* ORDER BY lsn */) AS rn")
