# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "ab", "2024-01-01 10:00:00")], "id INT, k STRING, ts STRING")
days = events.select("id", F.to_date("ts"))
days.select("id", "day").show()
