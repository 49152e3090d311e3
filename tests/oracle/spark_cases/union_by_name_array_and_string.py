# expect: SPK055
# spark: raises
from pyspark.sql import functions as F

events = spark.createDataFrame([(1, "a,b")], "id INT, tags STRING")
parsed = spark.createDataFrame([(2, "c,d")], "id INT, tags STRING").withColumn("tags", F.split("tags", ","))
events.unionByName(parsed).show()
