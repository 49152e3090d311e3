# expect: none
# spark: runs
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
dim = spark.createDataFrame([(1, "DE", "x")], "id INT, country STRING, op STRING")
joined = changes.join(dim, changes.id == dim.id)
joined.select(changes.id, "country", dim["op"]).collect()
joined.select("*").collect()
joined.drop("id").select("country").collect()
joined.dropDuplicates(["balance"]).collect()
changes.join(dim, "id").select("id", "country").collect()
joined.drop(dim.id).select("id").collect()
