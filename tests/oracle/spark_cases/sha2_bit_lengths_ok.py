# expect: none
# spark: runs
from pyspark.sql import functions as F

people = spark.createDataFrame([(1, "a@x.io")], "id INT, email STRING")
people.select(*[F.sha2("email", bits).alias(f"h{bits}") for bits in (0, 224, 256, 384, 512)], F.sha2("email", 384)).show()
