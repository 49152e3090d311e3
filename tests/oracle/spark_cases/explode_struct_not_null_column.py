# expect: SPK068
# spark: raises
from pyspark.sql import functions as F
df = spark.createDataFrame([((1, "x"),)], "s STRUCT<id: INT NOT NULL, name: STRING>")
df.select(F.explode("s")).show()
