# expect: SPK058
# spark: raises
# orderBy() with no column orders nothing: row_number still needs an ordered window.
from pyspark.sql import functions as F
from pyspark.sql.window import Window
df = spark.createDataFrame([(1, "c", 10.0)], "id INT, op STRING, balance DOUBLE")
w = Window.partitionBy("id").orderBy()
out = df.withColumn("rn", F.row_number().over(w))
