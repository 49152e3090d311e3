# expect: none
# spark: runs
from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-03-01",)], "d STRING")
df.selectExpr("date_format(to_date(d), 'EEE')", "to_date(d, 'yyyy-MM-dd')").show()
df.select(F.expr("date_format(to_date(d), 'yyyy-MM-dd''T''HH')")).show()
