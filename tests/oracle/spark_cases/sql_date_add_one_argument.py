# expect: SPK100
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "2024-01-01")], "id INT, day STRING")
events.withColumn("next_day", F.expr("date_add(to_date(day))")).show()
