# expect: SPK053
# spark: raises
from pyspark.sql import functions as F

changes = spark.createDataFrame([(1, (1, "x"))], "id INT, after STRUCT<id: INT, note: STRING>")
changes.withColumn("after", F.col("after").dropFields("NOTE")).select("after.note").show()
