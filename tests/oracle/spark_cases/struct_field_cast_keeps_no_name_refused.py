# expect: SPK053
# spark: raises
# held-out h135: a cast column in struct() is no longer named after the column
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
df.select(F.struct(F.col("id").cast("string"), "op").alias("key")).select("key.id").show()
