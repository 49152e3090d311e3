# expect: SPK056
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, "c")], "id INT, op STRING")
# toDF names each column anew: the two copies of `id` are two columns now
changes.select("id", "id").toDF("id", "id").select("id").show()
