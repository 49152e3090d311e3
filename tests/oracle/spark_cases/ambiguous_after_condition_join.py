# expect: SPK056
# spark: raises
from pyspark.sql import functions as F
changes = spark.createDataFrame([(1, "c", 2.0)], "id INT, op STRING, balance DOUBLE")
dim = spark.createDataFrame([(1, "DE")], "id INT, country STRING")
changes.join(dim, changes.id == dim.id).groupBy("id").count().collect()
