# expect: none
# spark: runs
# Held-out h46: a nested comment, an aggregate's name inside a string, an SQL aggregate's aliases read
# after it, a generator's names read by a later item, an aggregate read by a filter over the aggregation.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, "c", "a@x.io", 10.0, 101)], "id INT, op STRING, email STRING, balance DOUBLE, lsn BIGINT")
chg.selectExpr("lsn + /* was: /* v1 */ old_lsn */ 1 AS next_lsn").collect()
chg.selectExpr("id", "concat('max(', op, ')') AS label").toDF("id", "label").collect()
chg.selectExpr("count(*) AS n").filter("n > 0").collect()
chg.selectExpr("count(*) AS n", "max(lsn) AS last_lsn").select("n", "last_lsn").toDF("rows", "max_lsn").collect()
chg.selectExpr("id", "posexplode(array(op, email)) AS (pos, val)", "pos + 1 AS n").collect()
chg.groupBy("op").agg(F.max("lsn")).filter("max(lsn) > 1").collect()
chg.groupBy("op").agg(F.max("lsn").alias("m")).filter(F.max("lsn") > 1).collect()
chg.union(chg).select("id").filter("op = 'c'").collect()
chg.groupBy("op").count().select("op").filter("count > 1").collect()
