# expect: none
# spark: runs
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, (1, "x"))], "id INT, after STRUCT<id: INT, note: STRING>")
trimmed = changes.withColumn("after", F.col("after").dropFields("note"))
trimmed.withColumn("after", F.col("after").withField("note", F.lit("y"))).select("after.id", "after.note").show()
