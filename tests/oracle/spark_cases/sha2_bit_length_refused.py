# expect: SPK071
# spark: raises
from pyspark.sql import functions as F

people = spark.createDataFrame([(1, "a@x.io")], "id INT, email STRING")
people.select(F.sha2("email", 256).alias("ok"), F.sha2(F.col("email"), numBits=128).alias("h")).show()
