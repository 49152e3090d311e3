# expect: SPK077
# spark: raises
# planted: from_json of an INT column (from_json does not cast it to a string)
from pyspark.sql import functions as F

counts = spark.createDataFrame([(1, "c")], "n INT, op STRING")
counts.select(F.from_json("n", "id BIGINT").alias("x")).show()
