# expect: none
# spark: runs
# Held-out h51: aggregates Spark has (bitmap, percentile_cont … WITHIN GROUP, mode), window specs
# ordered by SORT BY, DISTRIBUTE BY … ORDER BY, an aggregate over CLUSTER BY, a renamed key read after.
from pyspark.sql import functions as F
chg = spark.createDataFrame([(1, "c", "a@x.io", 10.0, 101)], "id INT, op STRING, email STRING, balance DOUBLE, lsn BIGINT")
chg.groupBy("op").count().filter("bitmap_count(bitmap_construct_agg(bitmap_bit_position(id))) > 0").collect()
chg.groupBy("op").count().filter("percentile_cont(0.5) WITHIN GROUP (ORDER BY balance) > 0").collect()
chg.groupBy("id").count().filter("mode() WITHIN GROUP (ORDER BY op) IS NOT NULL").collect()
chg.selectExpr("id", "row_number() OVER (PARTITION BY id SORT BY lsn) AS rn").collect()
chg.selectExpr("id", "row_number() OVER (DISTRIBUTE BY id ORDER BY lsn) AS rn").collect()
chg.selectExpr("id", "sum(lsn) OVER (CLUSTER BY id) AS s").collect()
chg.groupBy(F.col("op").alias("o")).count().orderBy("op").collect()
