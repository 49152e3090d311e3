# expect: none
# spark: runs
# SQL text whose names are functions, keywords, types, aliases, lambda variables, fields or
# columns the frame has (or a step before it had, for a filter).
from pyspark.sql import functions as F
orders = spark.createDataFrame([(1, "a", 2, [1, 2])], "id INT, name STRING, qty INT, tags ARRAY<INT>")
out = (orders
       .withColumn("t2", F.expr("transform(tags, x -> x + qty)"))
       .withColumn("s", F.expr("aggregate(tags, 0, (acc, y) -> acc + y)"))
       .withColumn("d", F.expr("CAST(qty AS DECIMAL(10, 2))"))
       .withColumn("st", F.expr("named_struct('n', name, 'q', qty)"))
       .withColumn("k", F.expr("CASE WHEN qty > 1 THEN 'many' ELSE 'one' END"))
       .withColumn("c", F.expr("CAST(array(id) AS ARRAY<STRING>)"))
       .withColumn("ts", F.expr("current_timestamp() - INTERVAL 5 MINUTES"))
       .withColumn("now", F.expr("current_date"))
       .withColumn("n2", F.expr("qty::int + id"))
       .withColumn("f", F.expr("st.n"))
       .selectExpr("id", "qty * 2 AS dq", "dq + 1 AS dq1", "upper(name) up", "st", "tags")
       .filter("dq > 1 AND name IS NOT NULL AND qty BETWEEN 1 AND 5")
       .filter(F.expr("up LIKE 'A%' OR st.q IN (1, 2)")))
out.collect()
pairs = orders.selectExpr("id", "stack(2, 'n', name, 'q', CAST(qty AS STRING)) AS (field, val)").select("field", "val")
pairs.collect()
