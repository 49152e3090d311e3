# expect: SPK053
# spark: raises
from pyspark.sql import functions as F
people = spark.createDataFrame([("Ada", "Lovelace")], "first STRING, last STRING")
people.select(F.concat("first", " ", "last").alias("name")).show()
