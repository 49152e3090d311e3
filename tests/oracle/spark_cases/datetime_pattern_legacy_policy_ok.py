# expect: none
# spark: runs
from pyspark.sql import functions as F

spark.conf.set("spark.sql.legacy.timeParserPolicy", "LEGACY")
try:
    events = spark.createDataFrame([(1, "2024-03-01")], "id INT, day STRING")
    events.select(F.to_date("day", "YYYY-MM-dd").alias("d"), F.date_format(F.current_date(), "u").alias("dow")).show()
finally:
    spark.conf.unset("spark.sql.legacy.timeParserPolicy")
