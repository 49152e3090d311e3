# expect: SPK058
# spark: raises
# lead(…) IGNORE NULLS over a spec with nested parentheses and no ORDER BY.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, "c", "a@x.io", 10.0, 101)], "id INT, op STRING, email STRING, balance DOUBLE, lsn BIGINT")
out = chg.selectExpr("id", "lead(email) IGNORE NULLS OVER (PARTITION BY substr(op, 1, 1)) AS n")
