# expect: none
# spark: runs
from pyspark.sql import functions as F

schema = "id INT, name STRING"
events = spark.createDataFrame([('{"id": 1, "name": "a"}', 5)], "after STRING, n BIGINT")
parsed = events.withColumn("after", F.from_json("after", schema))
parsed.select("after.id", "after.name").show()
events.select(F.from_json("after", schema).alias("after")).select("after.id").show()
events.withColumn("n", F.struct("n")).select("n.n").show()
events.selectExpr("named_struct('id', n) AS after").select("after.id").show()
