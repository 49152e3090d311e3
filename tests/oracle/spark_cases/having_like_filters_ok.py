# expect: none
# spark: runs
# Held-out h48: after an aggregation, a filter or sort reads its aggregates (any of Spark's, in SQL
# text, F.expr or F.call_function, with a FILTER clause) over the aggregation's input.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, "c", "a@x.io", 10.0, 101)], "id INT, op STRING, email STRING, balance DOUBLE, lsn BIGINT")
chg.groupBy("id").count().filter("count_if(op = 'd') = 0").collect()
chg.groupBy("op").count().filter(F.expr("max(balance) > 5")).collect()
chg.groupBy("op").count().sort(F.expr("max(lsn)")).collect()
chg.groupBy("op").count().filter(F.call_function("max", F.col("lsn")) > 1).collect()
chg.groupBy("op").count().filter("count(*) FILTER (WHERE op = 'd') > 0").collect()
chg.groupBy("op").count().filter("max_by(email, lsn) IS NOT NULL AND median(balance) > 0").collect()
