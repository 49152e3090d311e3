# expect: none
# spark: runs
# planted: none (literals ANSI mode reads, try_cast, and a column's values, which are not judged)
from pyspark.sql import functions as F

spark.sql("SELECT CAST(' 12 ' AS INT) AS a, CAST('1e3' AS DOUBLE) AS b, CAST('NaN' AS DOUBLE) AS c, "
          "CAST('yes' AS BOOLEAN) AS d, TRY_CAST('n/a' AS INT) AS e, CAST('-9223372036854775808' AS BIGINT) AS f").show()
changes = spark.createDataFrame([("c", "10")], "op STRING, amount STRING")
changes.select(F.lit("+7").cast("bigint"), F.lit("2.5f").cast("float"), F.col("amount").cast("int")).show()
