# expect: SPK079
# spark: raises
from pyspark.sql import functions as F
df = spark.createDataFrame([(1, "c")], "id INT, op STRING")
df.groupBy("id").pivot("op", ["c"]).agg(F.count("*").alias("n")).select("n_c").show()
