# expect: none
# spark: runs
from pyspark.sql import functions as F
spark.sql("SELECT CAST('2024-01-05' AS DATE) a, CAST(' 2024-1-5 ' AS DATE) b, CAST('2024' AS DATE) c, CAST('2024-02' AS DATE) d, "
          "CAST('2024-02-29' AS DATE) e, CAST('2024-01-05T10:00:00' AS DATE) f, CAST('2024-01-05 anything' AS DATE) g, "
          "CAST('+2024-01-05' AS DATE) h, '2000-02-29'::date j").collect()
spark.range(1).select(F.lit("2024-12-31").cast("date"), F.lit("2024-01-05 10:00").cast("date")).collect()
spark.sql("SELECT CAST('12345-01-05' AS DATE) AS far").show()
