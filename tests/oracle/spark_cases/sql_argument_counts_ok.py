# expect: none
# spark: runs
from pyspark.sql import functions as F

spark.createDataFrame([(1, None, "a b ", [1, 2])], "id INT, region STRING, name STRING, xs ARRAY<INT>") \
    .createOrReplaceTempView("customers")
spark.sql("""
    SELECT id,
           coalesce(region, name, 'unknown') AS region,
           trim(BOTH ' ' FROM name) AS trimmed,
           substring(name FROM 1 FOR 2) AS head,
           extract(YEAR FROM current_date()) AS y,
           datediff(DAY, current_date(), current_date()) AS d,
           count(*) OVER () AS n,
           aggregate(xs, 0, (acc, x) -> acc + x) AS total,
           named_struct('a', 1, 'b', 2) AS s,
           concat_ws('-', name, region) AS joined,
           lag(id, 1, 0) OVER (ORDER BY id) AS previous
    FROM customers
""").show()
spark.table("customers").selectExpr("nvl2(region, 1, 0) AS has_region", "if(id IN (1, 2), 'low', 'high') AS band").show()
