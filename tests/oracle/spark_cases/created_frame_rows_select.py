# expect: SPK053
# spark: raises
from pyspark.sql import Row
df = spark.createDataFrame([Row(k=1, v="a")])
df.select("nope").show()
