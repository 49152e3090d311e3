# expect: none
# spark: runs
# SQL text Spark accepts: aliases after CASE … END, IS NULL, an interval, a literal function; date
# fields; a collation; a raw string; a TIME literal; a subquery's own aggregate; a literal
# function read with col() beside an aggregate (review h47).
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "a", 2)], "id INT, name STRING, qty INT").withColumn("ts", F.current_timestamp())
df.selectExpr("CASE WHEN qty > 1 THEN 'big' END size", "qty IS NULL missing", "INTERVAL 1 DAY one_day",
              "current_date today").collect()
df.select(F.expr("extract(DOW FROM ts)"), F.expr("timestampadd(DAYOFYEAR, 1, ts)"), F.expr("datediff(DAY, ts, ts)")).collect()
df.filter("name COLLATE UTF8_LCASE = 'A'").collect()
df.select(F.expr("regexp_extract(name, r'(a)', 1)"), F.expr("TIME '12:00:00'")).collect()
df.selectExpr("name", "(SELECT max(id) FROM range(3)) AS m").collect()
df.select(F.concat(F.col("current_user"), F.max("name"))).collect()
