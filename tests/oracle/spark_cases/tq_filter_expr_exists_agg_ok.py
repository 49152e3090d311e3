# expect: none
# spark: runs
# held-out h119: an aggregate inside a subquery of a filter's SQL text is the subquery's
from pyspark.sql import functions as F
spark.createDataFrame([(1, 10), (2, 30)], "id INT, v INT").createOrReplaceTempView("tq5")
spark.table("tq5").filter(F.expr("v >= (SELECT AVG(v) FROM tq5)")).show()
