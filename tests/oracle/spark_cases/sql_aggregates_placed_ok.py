# expect: none
# spark: runs
from pyspark.sql import Window
from pyspark.sql import functions as F

spark.createDataFrame([("a", 1), ("a", 2), ("b", 1)], "k STRING, n INT").createOrReplaceTempView("counts_ok")
spark.sql("""
SELECT k, COUNT(*) AS c, SUM(COUNT(*)) OVER () AS total,
       row_number() OVER (ORDER BY k) AS rn, count(*) FILTER (WHERE n > 1) AS big
FROM counts_ok
WHERE n > 0 AND k IN (SELECT k FROM counts_ok GROUP BY k HAVING COUNT(*) > 1)
GROUP BY k
HAVING COUNT(*) > 1
""").show()
spark.sql("SELECT * FROM (SELECT k, SUM(n) AS s FROM counts_ok GROUP BY k) WHERE s > 1").show()
counts = spark.table("counts_ok")
counts.select(F.expr("row_number()").over(Window.orderBy("n")).alias("rn")).show()
counts.selectExpr("sum(n) / count(*) AS mean", "'max(sum(n))' AS text").show()
