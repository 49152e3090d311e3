# expect: none
# spark: runs
# Names inside expressions that the frame has, literal text in a function's later arguments, and a
# lambda's own variable are not columns to look for.
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "a,b", [1, 2])], ["id", "name", "nums"])
events.select(F.col("id").alias("i"), F.upper("name"), F.date_format(F.current_date(), "yyyy-MM"),
              F.concat_ws("-", "name", F.lit("x")), F.transform("nums", lambda x: x + 1).alias("t")).show()
